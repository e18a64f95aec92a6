package org.allteach.calendar;

/**
 * Someone on the waitlist of office hours got a seat (somebody cancelled, or the host added seats); published in the
 * transaction that gave it, so a notification can tell them.
 */
public record SeatGiven(long eventId, long personId) {
}
