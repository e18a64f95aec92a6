package org.allteach.credits.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.credits.AttestationStep;

/** One recorded step of a MOC Part IV attestation; never changed once written. */
@Entity
@Table(name = "credit_moc_step")
public class MocStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attestation_id")
    private long attestationId;

    @Enumerated(EnumType.STRING)
    private AttestationStep.Action action;

    @Column(name = "actor_id")
    private long actorId;

    @Column(name = "acted_at")
    private Instant actedAt;

    private String note;

    protected MocStep() {
    }

    public MocStep(long attestationId, AttestationStep.Action action, long actorId, Instant actedAt, String note) {
        this.attestationId = attestationId;
        this.action = action;
        this.actorId = actorId;
        this.actedAt = actedAt;
        this.note = note;
    }

    public AttestationStep.Action getAction() {
        return action;
    }

    public long getActorId() {
        return actorId;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getNote() {
        return note;
    }
}
