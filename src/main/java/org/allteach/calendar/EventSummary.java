package org.allteach.calendar;

import java.time.Instant;

/**
 * An event (one occurrence) as calendars and lists show it to one viewer.
 *
 * @param audience   "Whole collaborative" or the teams' names
 * @param seatLimit  null unless office hours
 * @param going      how many said they are going
 * @param myResponse the viewer's answer, or null
 * @param hosting    whether the viewer hosts it
 */
public record EventSummary(long id, Long seriesId, long collaborativeId, EventKind kind, String title, Instant start,
                           Instant end, boolean cancelled, String audience, Integer seatLimit, int going,
                           RsvpStatus myResponse, boolean hosting) {

    /** Seats still free (0 when full), or null when the event has no seat limit. */
    public Integer seatsLeft() {
        return seatLimit == null ? null : Math.max(0, seatLimit - going);
    }

    public boolean full() {
        return seatLimit != null && going >= seatLimit;
    }
}
