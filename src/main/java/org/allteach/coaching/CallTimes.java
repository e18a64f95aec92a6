package org.allteach.coaching;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A call's time as its reader sees it: in their own zone and language, with the zone named, because coach and
 * participant often live in different zones ("Tuesday, March 3, 2026, 10:00 – 10:30 AM Central Standard Time").
 */
public final class CallTimes {

    private CallTimes() {
    }

    /** Date, start and end time, and the zone's name. */
    public static String describe(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(from);
        String endText = from.toLocalDate().equals(to.toLocalDate()) ? time.format(to)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(to);
        return date + ", " + time.format(from) + " \u2013 " + endText + " " + zoneName(start, zone, locale);
    }

    /** Short, for subject lines: "Mar 3, 2026, 10:00 AM CST". */
    public static String brief(Instant start, ZoneId zone, Locale locale) {
        ZonedDateTime at = start.atZone(zone);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at)
                + " " + DateTimeFormatter.ofPattern("z", locale).format(at);
    }

    /** The zone's name at that instant, e.g. "Central Daylight Time" in summer. */
    public static String zoneName(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("zzzz", locale).format(at.atZone(zone));
    }

    /** "30 minutes", "1 hour", "1 hour 30 minutes". */
    public static String length(Duration length) {
        long hours = length.toHours();
        long minutes = length.toMinutesPart();
        String hourText = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String minuteText = minutes == 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
        return (hourText + " " + minuteText).strip();
    }
}
