package org.allteach.pdsa;

import java.time.Instant;

/** A team's PDSA cycles: how many were started (in progress or completed), completed, and when one last changed. */
public record CycleTally(long teamId, int started, int completed, Instant lastChangedAt) {
}
