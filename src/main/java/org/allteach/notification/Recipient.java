package org.allteach.notification;

import java.time.ZoneId;
import java.util.Locale;

/** Whom a notification email goes to: address, name, and the zone and locale its dates are written in. */
public record Recipient(long id, String name, String email, ZoneId zone, Locale locale) {
}
