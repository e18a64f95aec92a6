package org.allteach.notification.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** "just now", "12 min ago", "3 h ago", "yesterday", then the date in the viewer's zone. */
record NotificationTimes(ZoneId zone, Locale locale, Clock clock) {

    String brief(Instant when) {
        Duration ago = Duration.between(when, clock.instant());
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 2) {
            return "yesterday";
        }
        if (ago.toDays() < 7) {
            return ago.toDays() + " days ago";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(when.atZone(zone));
    }
}
