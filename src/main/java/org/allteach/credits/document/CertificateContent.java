package org.allteach.credits.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one certificate says.
 *
 * @param learnerName            the learner's name as it should be printed
 * @param credentials            their credentials after the name ("MD, MPH"); empty when none
 * @param activityTitle          the activity's title
 * @param dates                  the day of the activity, the days of a series, or the day an enduring material was
 *                               completed; empty prints no date
 * @param creditTypeLabel        one unit of the credit type as accreditors word it ("AMA PRA Category 1 Credit™",
 *                               "ANCC contact hour", "ABIM MOC point"); a label containing "participation" makes a
 *                               certificate of participation
 * @param hours                  the hours (or points) awarded, in the type's steps
 * @param designationStatement   the activity's credit designation statement; may be empty
 * @param accreditationStatement the activity's accreditation statement; may be empty
 * @param issuingOrganisation    who issues the certificate
 * @param verificationCode       the certificate's code ({@link VerificationCodes})
 * @param verificationUrl        the public page that verifies the code; the QR code points there
 * @param issuedOn               the day the certificate was issued
 */
public record CertificateContent(String learnerName, String credentials, String activityTitle, List<LocalDate> dates,
                                 String creditTypeLabel, BigDecimal hours, String designationStatement,
                                 String accreditationStatement, String issuingOrganisation, String verificationCode,
                                 String verificationUrl, LocalDate issuedOn) {

    public CertificateContent {
        Objects.requireNonNull(learnerName, "learnerName");
        credentials = credentials == null ? "" : credentials.strip();
        Objects.requireNonNull(activityTitle, "activityTitle");
        dates = dates == null ? List.of() : List.copyOf(dates);
        Objects.requireNonNull(creditTypeLabel, "creditTypeLabel");
        if (Objects.requireNonNull(hours, "hours").signum() < 0) {
            throw new IllegalArgumentException("Negative credit: " + hours);
        }
        designationStatement = designationStatement == null ? "" : designationStatement.strip();
        accreditationStatement = accreditationStatement == null ? "" : accreditationStatement.strip();
        Objects.requireNonNull(issuingOrganisation, "issuingOrganisation");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
