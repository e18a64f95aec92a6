package org.allteach.coaching;

import java.time.Instant;

/** A coaching call was booked; published in the booking transaction. */
public record BookingConfirmed(long bookingId, long collaborativeId, long coachId, long participantId, Instant start,
                               Instant end) {
}
