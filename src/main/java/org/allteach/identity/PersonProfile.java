package org.allteach.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** What other features may know about a person. */
public record PersonProfile(long id, String email, String displayName, ZoneId timeZone, Locale locale,
                            boolean administrator, Instant joinedAt) {
}
