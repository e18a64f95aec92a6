package org.allteach.calendar.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Event times in the viewer's zone, always with the zone named: "10:00 – 11:30 AM", "Tuesday, March 10, 2026",
 * "Central Daylight Time". Compact "10am" on calendar chips.
 */
final class EventTimes {

    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final boolean twelveHours;

    EventTimes(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.twelveHours = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale).contains("a");
    }

    ZoneId zone() {
        return zone;
    }

    Locale locale() {
        return locale;
    }

    ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** "10:00 AM". */
    String time(Instant instant) {
        return time.format(instant.atZone(zone));
    }

    /** "10am", "2:30pm" (or "14:30" where clocks run to 24). */
    String compact(Instant instant) {
        return compact(instant.atZone(zone).toLocalTime());
    }

    /** As {@link #compact(Instant)}, for an hour of the day. */
    String compact(java.time.LocalTime at) {
        if (!twelveHours) {
            return DateTimeFormatter.ofPattern("HH:mm", locale).format(at);
        }
        String hour = String.valueOf(at.getHour() % 12 == 0 ? 12 : at.getHour() % 12);
        String minutes = at.getMinute() == 0 ? "" : String.format(":%02d", at.getMinute());
        return hour + minutes + (at.getHour() < 12 ? "am" : "pm");
    }

    /** "10–11:30am", "11:30am–1pm": for the narrow blocks of the week grid. */
    String compactRange(Instant start, Instant end) {
        String first = compact(start);
        String last = compact(end);
        if (twelveHours && first.substring(first.length() - 2).equals(last.substring(last.length() - 2))) {
            first = first.substring(0, first.length() - 2);
        }
        return first + "\u2013" + last;
    }

    /** "10:00 – 11:30 AM", "11:30 AM – 1:00 PM", or with the end's date when it ends another day. */
    String range(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String last = time.format(to);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return time.format(from) + " \u2013 " + DateTimeFormatter.ofPattern("EEE", locale).format(to) + " " + last;
        }
        String first = twelveHours && (from.getHour() < 12) == (to.getHour() < 12)
                ? DateTimeFormatter.ofPattern("h:mm", locale).format(from) : time.format(from);
        return first + " \u2013 " + last;
    }

    /** "Tuesday, March 10, 2026". */
    String longDate(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(instant.atZone(zone));
    }

    /** "Central Daylight Time" at that instant. */
    String zoneNameAt(Instant instant) {
        return DateTimeFormatter.ofPattern("zzzz", locale).format(instant.atZone(zone));
    }

    /** "CDT" at that instant. */
    String zoneAbbreviationAt(Instant instant) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone));
    }

    /** "Central Time (America/Chicago)", for a calendar's header. */
    String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId().replace('_', ' ') + ")";
    }
}
