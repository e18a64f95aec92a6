package org.allteach.credits.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.credits.CreditType;

/** A certificate as issued: what it printed is frozen, so a later change of name or statement does not alter it. */
@Entity
@Table(name = "credit_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "learner_name")
    private String learnerName;

    private String credentials;

    @Column(name = "activity_title")
    private String activityTitle;

    /** ISO dates separated by commas. */
    @Column(name = "activity_dates")
    private String activityDates;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_type")
    private CreditType creditType;

    private BigDecimal hours;

    @Column(name = "designation_statement")
    private String designationStatement;

    @Column(name = "accreditation_statement")
    private String accreditationStatement;

    @Column(name = "issuing_organisation")
    private String issuingOrganisation;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    protected Certificate() {
    }

    public Certificate(long claimId, long personId, String verificationCode, String learnerName, String credentials,
                       String activityTitle, String activityDates, CreditType creditType, BigDecimal hours,
                       String designationStatement, String accreditationStatement, String issuingOrganisation,
                       LocalDate issuedOn) {
        this.claimId = claimId;
        this.personId = personId;
        this.verificationCode = verificationCode;
        this.learnerName = learnerName;
        this.credentials = credentials;
        this.activityTitle = activityTitle;
        this.activityDates = activityDates;
        this.creditType = creditType;
        this.hours = hours;
        this.designationStatement = designationStatement;
        this.accreditationStatement = accreditationStatement;
        this.issuingOrganisation = issuingOrganisation;
        this.issuedOn = issuedOn;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCredentials() {
        return credentials;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public String getActivityDates() {
        return activityDates;
    }

    public CreditType getCreditType() {
        return creditType;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getDesignationStatement() {
        return designationStatement;
    }

    public String getAccreditationStatement() {
        return accreditationStatement;
    }

    public String getIssuingOrganisation() {
        return issuingOrganisation;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
