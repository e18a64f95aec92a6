package org.allteach.coaching;

import java.time.Instant;

/** A team's coaching calls: confirmed calls that are over, when the last of them began, when the next one begins. */
public record CallTally(long teamId, int held, Instant lastHeldAt, Instant nextAt) {
}
