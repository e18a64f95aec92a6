package org.allteach.calendar.slots;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The coach is available every {@code day} from {@code start} to {@code end}, in their own time zone (end 00:00 = midnight). */
public record WeeklyRule(DayOfWeek day, LocalTime start, LocalTime end) {

    TimeRange hours() {
        return new TimeRange(start, end);
    }
}
