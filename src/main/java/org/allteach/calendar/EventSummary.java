package org.allteach.calendar;

import java.time.Instant;

/**
 * An event (one occurrence) as calendars and lists show it to one viewer.
 *
 * @param audience   "Whole collaborative", "The community of practice" or the teams' names
 * @param seatLimit  null unless office hours
 * @param going      how many said they are going
 * @param myResponse the viewer's answer, or null
 * @param hosting    whether the viewer hosts it
 * @param community  whether it is the community of practice's (for its members; {@code collaborativeId} is the
 *                   collaborative it is hosted from)
 */
public record EventSummary(long id, Long seriesId, long collaborativeId, EventKind kind, String title, Instant start,
                           Instant end, boolean cancelled, String audience, Integer seatLimit, int going,
                           RsvpStatus myResponse, boolean hosting, boolean community) {

    /** Seats still free (0 when full), or null when the event has no seat limit. */
    public Integer seatsLeft() {
        return seatLimit == null ? null : Math.max(0, seatLimit - going);
    }

    public boolean full() {
        return seatLimit != null && going >= seatLimit;
    }
}
