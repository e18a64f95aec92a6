package org.allteach.coaching.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of a date override: a time range on that date, or (no times) the day off. */
@Embeddable
public class OverrideHours {

    @Column(name = "on_date")
    private LocalDate onDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    protected OverrideHours() {
    }

    public OverrideHours(LocalDate onDate, LocalTime startTime, LocalTime endTime) {
        this.onDate = onDate;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public static OverrideHours dayOff(LocalDate date) {
        return new OverrideHours(date, null, null);
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public boolean isDayOff() {
        return startTime == null;
    }
}
