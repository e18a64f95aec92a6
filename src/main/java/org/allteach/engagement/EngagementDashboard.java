package org.allteach.engagement;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A collaborative's teams as its organisers (all teams) or a coach (their teams) see them, as of {@code asOf}.
 *
 * @param zone   the zone its months and due dates are counted in: the viewer's (a collaborative has none of its own)
 * @param months the collaborative's months so far, oldest first; the last is the current month
 */
public record EngagementDashboard(long collaborativeId, String collaborativeName, Instant asOf, ZoneId zone,
                                  List<YearMonth> months,
                                  List<TeamEngagement> teams) {

    /** Teams with a reason for attention, the most reasons first, then by name. */
    public List<TeamEngagement> needsAttention() {
        return teams.stream().filter(TeamEngagement::needsAttention)
                .sorted(Comparator.comparingInt((TeamEngagement t) -> t.attention().size()).reversed()
                        .thenComparing(TeamEngagement::teamName))
                .toList();
    }
}
