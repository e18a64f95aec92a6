package org.allteach.collaborative;

import java.time.ZoneId;
import java.util.Set;

/** A coach of a collaborative and the teams they coach there. */
public record CollaborativeCoach(long personId, String displayName, ZoneId timeZone, Set<Long> teamIds) {
}
