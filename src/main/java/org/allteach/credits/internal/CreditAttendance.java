package org.allteach.credits.internal;

import java.time.Instant;
import java.time.LocalDate;

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

    /** The day it was held where it was held (the event's zone), or the day attested in the learner's. */
    @Column(name = "attended_date")
    private LocalDate attendedDate;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CreditAttendance() {
    }

    public CreditAttendance(long activityId, long personId, Long eventId, int minutes, Instant attendedOn,
                            LocalDate attendedDate, Instant recordedAt) {
        this.attendedDate = attendedDate;
        this.activityId = activityId;
        this.personId = personId;
        this.eventId = eventId;
        this.minutes = minutes;
        this.attendedOn = attendedOn;
        this.recordedAt = recordedAt;
    }

    public void change(int minutes, Instant attendedOn, LocalDate attendedDate) {
        this.minutes = minutes;
        this.attendedOn = attendedOn;
        this.attendedDate = attendedDate;
    }

    public LocalDate getAttendedDate() {
        return attendedDate;
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

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
