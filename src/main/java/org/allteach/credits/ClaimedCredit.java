package org.allteach.credits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit the signed-in person claimed, with the certificate issued for it. */
public record ClaimedCredit(long certificateId, String activityTitle, LocalDate issuedOn, CreditType creditType,
                            BigDecimal hours, String verificationCode) {
}
