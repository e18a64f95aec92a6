package org.allteach.calendar.slots;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Days, dates, times and durations as the messages of {@link AvailabilityPolicy#validate()} spell them. */
final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private Labels() {
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes != 0 && minutes % 60 == 0) {
            return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
