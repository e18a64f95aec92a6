package org.allteach.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.collaborative.TeamRef;

/**
 * Where the signed-in person may plan events: organisers any kind for any audience of their collaborative; coaches
 * office hours and team meetings for the teams they coach; team leads their own team's meetings. Members of the
 * community host its office hours, fireside chats and webinars from any collaborative they are or were in (a closed
 * one offers only that).
 *
 * @param kinds        the kinds they may plan here
 * @param wholeCollaborative whether they may plan for the whole collaborative (organisers)
 * @param teamsByKind  the teams they may plan each kind for
 * @param community    whether they may host the community's events from here
 */
public record PlanningScope(long collaborativeId, String collaborativeName, Set<EventKind> kinds,
                            boolean wholeCollaborative, Map<EventKind, List<TeamRef>> teamsByKind,
                            boolean community) {

    /** Whom they may plan for here, in the order the form offers them. */
    public List<Audience> audiences() {
        List<Audience> offered = new ArrayList<>();
        if (wholeCollaborative) {
            offered.add(Audience.COLLABORATIVE);
        }
        if (!teamsByKind.isEmpty()) {
            offered.add(Audience.TEAMS);
        }
        if (community) {
            offered.add(Audience.COMMUNITY);
        }
        return offered;
    }

    /** The kinds they may plan here for this audience. */
    public List<EventKind> kindsFor(Audience audience) {
        return Arrays.stream(EventKind.values()).filter(audience == Audience.COMMUNITY
                ? kind -> community && kind.forCommunity() : kinds::contains).toList();
    }

    public List<TeamRef> teamsFor(EventKind kind) {
        return kind == null ? List.of() : teamsByKind.getOrDefault(kind, List.of());
    }
}
