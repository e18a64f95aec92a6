package org.allteach.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.Recurrence;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The rule a series' occurrences were generated from: the first one's wall-clock start in its zone, and the end. */
@Entity
@Table(name = "calendar_series")
public class EventSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Frequency frequency;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "first_start")
    private LocalDateTime firstStart;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "until_date")
    private LocalDate untilDate;

    @Column(name = "occurrence_count")
    private Integer occurrenceCount;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected EventSeries() {
    }

    public EventSeries(long collaborativeId, long createdBy, Instant now) {
        this.collaborativeId = collaborativeId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void plan(Recurrence recurrence, LocalDateTime firstStart, int durationMinutes, ZoneId zone) {
        this.frequency = recurrence.frequency();
        this.untilDate = recurrence.until();
        this.occurrenceCount = recurrence.count();
        this.firstStart = firstStart;
        this.durationMinutes = durationMinutes;
        this.timeZone = zone.getId();
    }

    /** Ends the series on this date (the rest moved to a new series). */
    public void endOn(LocalDate lastDate) {
        this.untilDate = lastDate;
        this.occurrenceCount = null;
    }

    public Long getId() {
        return id;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public Recurrence getRecurrence() {
        return new Recurrence(frequency, untilDate, occurrenceCount);
    }

    public LocalDateTime getFirstStart() {
        return firstStart;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }
}
