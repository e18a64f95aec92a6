package org.allteach.pdsa;

import java.util.List;
import java.util.NoSuchElementException;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Teams;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and write a team's PDSA work: its members and coach write; the collaborative's organisers read (and
 * comment). Everyone else is told the team's work does not exist, so ids reveal nothing.
 */
@Component
class TeamWork {

    private final CollaborativeAccess access;
    private final Teams teams;

    TeamWork(CollaborativeAccess access, Teams teams) {
        this.access = access;
        this.teams = teams;
    }

    void requireVisible(long teamId) {
        if (!access.canSeeTeam(teamId)) {
            throw new NoSuchElementException("No PDSA work of team " + teamId);
        }
    }

    /** The team's members (any team role, the coach included) write its cycles and change ideas. */
    boolean mayWrite(long teamId) {
        return !access.isTeamClosed(teamId) && access.myRoles().stream().anyMatch(held -> held.teamId() != null && held.teamId() == teamId);
    }

    void requireWriter(long teamId) {
        requireVisible(teamId);
        requireOpen(teamId);
        if (!mayWrite(teamId)) {
            throw new AccessDeniedException("Only the team's members and its coach may change its PDSA cycles.");
        }
    }

    boolean isClosed(long teamId) {
        return access.isTeamClosed(teamId);
    }

    /** A closed collaborative's cycles, ideas and comments are its archive. */
    void requireOpen(long teamId) {
        access.requireTeamOpen(teamId);
    }

    String teamName(long teamId) {
        return teams.names(List.of(teamId)).getOrDefault(teamId, "Team");
    }
}
