package org.allteach.calendar.slots;

import java.time.Instant;
import java.util.Objects;

/**
 * Time the coach is already committed: a coaching call ({@code coachingCall}: counts toward the calls per day, and
 * needs the policy's buffers around it) or anything else, such as a learning session they host (only the new call's
 * own buffers keep clear of it).
 */
public record Busy(Instant start, Instant end, boolean coachingCall) {

    public Busy {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Busy time ends before it starts: " + start + " to " + end);
        }
    }

    public static Busy coachingCall(Instant start, Instant end) {
        return new Busy(start, end, true);
    }

    public static Busy event(Instant start, Instant end) {
        return new Busy(start, end, false);
    }
}
