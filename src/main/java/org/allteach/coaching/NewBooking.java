package org.allteach.coaching;

import java.time.Duration;
import java.time.Instant;

/**
 * A call someone books for themselves.
 *
 * @param agenda   what to talk about, Markdown
 * @param threadId a discussion thread to talk about, or null
 */
public record NewBooking(long collaborativeId, long coachId, Duration length, Instant start, String agenda,
                         Long threadId) {
}
