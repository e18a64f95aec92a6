package org.allteach.messaging.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times of messages in the viewer's zone: "2:05 PM" today, "Mar 3" this year, "3/3/25" before. */
final class MessageTimes {

    private final ZoneId zone;
    private final Locale locale;
    private final Clock clock;

    MessageTimes(ZoneId zone, Locale locale, Clock clock) {
        this.zone = zone;
        this.locale = locale;
        this.clock = clock;
    }

    /** Short, for lists. */
    String brief(Instant instant) {
        ZonedDateTime time = instant.atZone(zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (time.toLocalDate().equals(today)) {
            return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
        }
        if (time.getYear() == today.getYear()) {
            return DateTimeFormatter.ofPattern("MMM d", locale).format(time);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** With the time of day also on earlier days, for messages. */
    String full(Instant instant) {
        ZonedDateTime time = instant.atZone(zone);
        String clockTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return time.toLocalDate().equals(today) ? clockTime : brief(instant) + ", " + clockTime;
    }
}
