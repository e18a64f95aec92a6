package org.allteach.credits.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "credit_window_extension")
public class WindowExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "new_end")
    private Instant newEnd;

    private String reason;

    @Column(name = "extended_by")
    private long extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    protected WindowExtension() {
    }

    public WindowExtension(long activityId, long personId, Instant newEnd, String reason, long extendedBy,
                           Instant extendedAt) {
        this.activityId = activityId;
        this.personId = personId;
        this.newEnd = newEnd;
        this.reason = reason;
        this.extendedBy = extendedBy;
        this.extendedAt = extendedAt;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getNewEnd() {
        return newEnd;
    }

    public String getReason() {
        return reason;
    }

    public long getExtendedBy() {
        return extendedBy;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }
}
