package org.allteach.discussion.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** "5 min ago", "3 h ago", "yesterday", then the date: how Discourse and chat apps show times in lists. */
final class Ago {

    private Ago() {
    }

    static String of(Instant then, Clock clock, ZoneId zone, Locale locale) {
        Duration age = Duration.between(then, clock.instant());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 2) {
            return "yesterday";
        }
        if (age.toDays() < 7) {
            return age.toDays() + " days ago";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(then.atZone(zone));
    }

    /** The exact moment, for a tooltip. */
    static String exactly(Instant then, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(then.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
