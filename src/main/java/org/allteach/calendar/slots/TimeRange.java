package org.allteach.calendar.slots;

import java.time.LocalTime;

/**
 * Hours of one day in the coach's time zone, from {@code start} (inclusive) to {@code end} (exclusive). An end of
 * 00:00 means midnight at the end of the day, so 18:00–00:00 is the evening up to midnight.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final long NANOS_PER_DAY = 24L * 60 * 60 * 1_000_000_000;

    /** False when a time is missing or the end is not after the start, which {@link AvailabilityPolicy#validate()} reports. */
    boolean isWellFormed() {
        return start != null && end != null && startNanoOfDay() < endNanoOfDay();
    }

    long startNanoOfDay() {
        return start.toNanoOfDay();
    }

    /** The end as time since the start of the day, midnight at the end being a whole day. */
    long endNanoOfDay() {
        return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** As a person reads it, e.g. "09:00–12:00" or "18:00–24:00". */
    String label() {
        return Labels.time(start) + "–" + (endsAtMidnight() ? "24:00" : Labels.time(end));
    }
}
