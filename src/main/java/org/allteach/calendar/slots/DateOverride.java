package org.allteach.calendar.slots;

import java.time.LocalDate;
import java.util.List;

/**
 * On {@code date} (in the coach's time zone) the coach is available during {@code hours} instead of their weekly
 * rules: extra or different hours, or none at all (an empty list: a day off, a vacation day).
 */
public record DateOverride(LocalDate date, List<TimeRange> hours) {

    public DateOverride {
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    /** Not available at all on this date. */
    public static DateOverride dayOff(LocalDate date) {
        return new DateOverride(date, List.of());
    }
}
