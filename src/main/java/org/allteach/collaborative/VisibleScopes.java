package org.allteach.collaborative;

import java.util.Collection;
import java.util.List;
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

    /** For SQL {@code IN (:ids)}: an empty list is invalid there, so no ids become the id -1, which matches nothing. */
    public Collection<Long> collaborativeIdsForQuery() {
        return collaborativeIds.isEmpty() ? List.of(-1L) : collaborativeIds;
    }

    /** As {@link #collaborativeIdsForQuery()}, for teams. */
    public Collection<Long> teamIdsForQuery() {
        return teamIds.isEmpty() ? List.of(-1L) : teamIds;
    }
}
