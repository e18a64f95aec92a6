package org.allteach.collaborative;

import java.time.ZoneId;
import java.util.Comparator;

public record TeamMember(long personId, String displayName, String email, Role role, ZoneId timeZone) {

    /** Team leads, then participants, then coaches; by name within each. */
    public static final Comparator<TeamMember> BY_ROLE_THEN_NAME = Comparator
            .comparingInt((TeamMember member) -> switch (member.role()) {
                case TEAM_LEAD -> 0;
                case PARTICIPANT -> 1;
                case COACH -> 2;
                case ORGANISER -> 3;
            })
            .thenComparing(TeamMember::displayName);
}
