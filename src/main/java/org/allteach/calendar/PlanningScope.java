package org.allteach.calendar;

import java.util.List;
import java.util.Set;

import org.allteach.collaborative.TeamRef;

/**
 * Where the signed-in person may plan events: organisers any kind for any audience of their collaborative; coaches
 * office hours and team meetings for the teams they coach; team leads their own team's meetings.
 *
 * @param kinds        the kinds they may plan here
 * @param wholeCollaborative whether they may plan for the whole collaborative (organisers)
 * @param teamsByKind  the teams they may plan each kind for
 */
public record PlanningScope(long collaborativeId, String collaborativeName, Set<EventKind> kinds,
                            boolean wholeCollaborative, java.util.Map<EventKind, List<TeamRef>> teamsByKind) {

    public List<TeamRef> teamsFor(EventKind kind) {
        return kind == null ? List.of() : teamsByKind.getOrDefault(kind, List.of());
    }
}
