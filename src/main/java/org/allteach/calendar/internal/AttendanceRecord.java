package org.allteach.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.calendar.AttendanceSource;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person's attendance at one event. */
@Entity
@Table(name = "calendar_attendance")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "person_id")
    private long personId;

    private int minutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AttendanceSource source;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected AttendanceRecord() {
    }

    public AttendanceRecord(long eventId, long personId, int minutes, AttendanceSource source, long recordedBy,
                            Instant now) {
        this.eventId = eventId;
        this.personId = personId;
        record(minutes, source, recordedBy, now);
    }

    public void record(int minutes, AttendanceSource source, long recordedBy, Instant now) {
        this.minutes = minutes;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public long getEventId() {
        return eventId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getMinutes() {
        return minutes;
    }

    public AttendanceSource getSource() {
        return source;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
