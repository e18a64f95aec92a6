package org.allteach.coaching;

import java.time.Instant;

/** A coaching call moved to a new time; {@code rescheduledBy} is the coach or the participant. */
public record BookingRescheduled(long bookingId, long collaborativeId, long coachId, long participantId,
                                 Instant previousStart, Instant previousEnd, Instant start, Instant end,
                                 long rescheduledBy) {
}
