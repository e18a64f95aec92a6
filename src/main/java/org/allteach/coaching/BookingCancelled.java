package org.allteach.coaching;

import java.time.Instant;

/** A coaching call was called off; {@code cancelledBy} is the coach or the participant. */
public record BookingCancelled(long bookingId, long collaborativeId, long coachId, long participantId, Instant start,
                               Instant end, long cancelledBy) {
}
