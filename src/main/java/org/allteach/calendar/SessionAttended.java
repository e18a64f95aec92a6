package org.allteach.calendar;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Someone's attendance at an event was recorded or changed (published in the transaction that records it; listen
 * after commit). Continuing-education credit opens its claim window from it. Published again when the minutes or the
 * source change, so a listener keeps the latest.
 *
 * @param minutes how long they attended, at most the event's length
 * @param zone    the event's time zone, in which its date is the date it was held
 */
public record SessionAttended(long eventId, long personId, long collaborativeId, EventKind kind, String title,
                              Instant start, Instant end, int minutes, AttendanceSource source,
                              ZoneId zone) {
}
