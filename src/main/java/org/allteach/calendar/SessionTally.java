package org.allteach.calendar;

import java.util.Map;

/**
 * A collaborative's sessions in a period: how many were for everyone, how many for each team on its own (team
 * meetings, sessions for chosen teams), and how many of them each person attended.
 */
public record SessionTally(int forEveryone, Map<Long, Integer> forTeam, Map<Long, Integer> attendedByPerson) {

    /** The sessions a member of this team was expected at. */
    public int sessionsFor(long teamId) {
        return forEveryone + forTeam.getOrDefault(teamId, 0);
    }

    public int attendedBy(long personId) {
        return attendedByPerson.getOrDefault(personId, 0);
    }
}
