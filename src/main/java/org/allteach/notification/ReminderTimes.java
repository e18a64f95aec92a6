package org.allteach.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How reminders write a time: in the reader's zone and language, with the weekday and the zone's city, "Tue, Dec 1,
 * 2026, 5:00 PM (Chicago time)". A date, not "tomorrow": a reminder may be read in the next morning's digest.
 */
public final class ReminderTimes {

    private ReminderTimes() {
    }

    public static String format(Instant when, ZoneId zone, Locale locale) {
        ZonedDateTime local = when.atZone(zone);
        return DateTimeFormatter.ofPattern("EEE", locale).format(local) + ", "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(local) + " (" + place(zone) + " time)";
    }

    /** "America/Chicago" reads as "Chicago", "America/Argentina/Buenos_Aires" as "Buenos Aires"; "UTC" as itself. */
    static String place(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }
}
