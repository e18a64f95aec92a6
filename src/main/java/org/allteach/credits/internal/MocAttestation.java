package org.allteach.credits.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.credits.AttestationStatus;

/** A participant's attestation of meaningful participation in a QI project; its steps are {@link MocStep}s. */
@Entity
@Table(name = "credit_moc_attestation")
public class MocAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "team_id")
    private long teamId;

    /** The first day of the first month. */
    @Column(name = "period_from")
    private LocalDate periodFrom;

    /** The first day of the last month. */
    @Column(name = "period_to")
    private LocalDate periodTo;

    private String aims;

    private String role;

    @Enumerated(EnumType.STRING)
    private AttestationStatus status;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Two signers acting at once: the second one's change fails instead of both passing the status check. */
    @Version
    private long version;

    protected MocAttestation() {
    }

    public MocAttestation(long activityId, long personId) {
        this.activityId = activityId;
        this.personId = personId;
    }

    /** Sets what the participant wrote and sends it (again) for co-signing. */
    public void submit(long teamId, LocalDate periodFrom, LocalDate periodTo, String aims, String role, Instant now) {
        this.teamId = teamId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.aims = aims;
        this.role = role;
        moveTo(AttestationStatus.SUBMITTED, now);
    }

    public void moveTo(AttestationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getTeamId() {
        return teamId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getAims() {
        return aims;
    }

    public String getRole() {
        return role;
    }

    public AttestationStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
