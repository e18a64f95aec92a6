package org.allteach.collaborative;

import java.util.Set;

/**
 * What a person may read across collaboratives: the collaboratives they belong to and the teams whose private pages
 * they may see (their own teams; every team of a collaborative they organise). Administrators see everything.
 */
public record VisibleScopes(boolean everything, Set<Long> collaborativeIds, Set<Long> teamIds) {

    public boolean collaborative(long collaborativeId) {
        return everything || collaborativeIds.contains(collaborativeId);
    }

    public boolean team(long teamId) {
        return everything || teamIds.contains(teamId);
    }
}
