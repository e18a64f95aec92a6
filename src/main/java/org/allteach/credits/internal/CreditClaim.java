package org.allteach.credits.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.credits.CreditType;

@Entity
@Table(name = "credit_claim")
public class CreditClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_type")
    private CreditType creditType;

    private BigDecimal hours;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected CreditClaim() {
    }

    public CreditClaim(long activityId, long personId, CreditType creditType, BigDecimal hours, Instant claimedAt) {
        this.activityId = activityId;
        this.personId = personId;
        this.creditType = creditType;
        this.hours = hours;
        this.claimedAt = claimedAt;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public CreditType getCreditType() {
        return creditType;
    }
}
