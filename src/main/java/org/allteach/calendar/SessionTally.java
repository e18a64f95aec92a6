package org.allteach.calendar;

import java.util.Map;

/**
 * A collaborative's sessions in a period: how many were for everyone, how many for each team on its own (team
 * meetings, sessions for chosen teams), and how many of them each person attended, by the team they were for.
 */
public record SessionTally(int forEveryone, Map<Long, Integer> forTeam, Map<Attendee, Integer> attended) {

    /** A person at sessions for one team, or ({@code teamId} null) at sessions for everyone. */
    public record Attendee(long personId, Long teamId) {
    }

    /** The sessions a member of this team was expected at. */
    public int sessionsFor(long teamId) {
        return forEveryone + forTeam.getOrDefault(teamId, 0);
    }

    /**
     * The sessions of {@link #sessionsFor} this member of the team attended: another team's meeting they went to is
     * not one, so a rate never passes 100 %.
     */
    public int attendedBy(long personId, long teamId) {
        return attended.getOrDefault(new Attendee(personId, null), 0)
                + attended.getOrDefault(new Attendee(personId, teamId), 0);
    }
}
