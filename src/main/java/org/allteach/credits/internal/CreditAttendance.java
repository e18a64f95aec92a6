package org.allteach.credits.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Time a person spent in an activity: one attended event, or (event null) attested completion of a recording. */
@Entity
@Table(name = "credit_attendance")
public class CreditAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "event_id")
    private Long eventId;

    private int minutes;

    @Column(name = "attended_on")
    private Instant attendedOn;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CreditAttendance() {
    }

    public CreditAttendance(long activityId, long personId, Long eventId, int minutes, Instant attendedOn,
                            Instant recordedAt) {
        this.activityId = activityId;
        this.personId = personId;
        this.eventId = eventId;
        this.minutes = minutes;
        this.attendedOn = attendedOn;
        this.recordedAt = recordedAt;
    }

    public void change(int minutes, Instant attendedOn) {
        this.minutes = minutes;
        this.attendedOn = attendedOn;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getMinutes() {
        return minutes;
    }

    public Instant getAttendedOn() {
        return attendedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
