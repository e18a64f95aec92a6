package org.allteach.collaborative;

import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.collaborative.internal.Team;
import org.allteach.collaborative.internal.TeamRepository;
import org.allteach.identity.CurrentPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and do what in a collaborative, checked against live memberships for every call:
 * <ul>
 *     <li>members of a collaborative (any role) see its teams directory;</li>
 *     <li>a team's own members and coaches, the collaborative's organisers and portal administrators see a
 *     team's private pages;</li>
 *     <li>organisers (and administrators) manage the collaborative.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class CollaborativeAccess {

    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final CurrentPerson currentPerson;

    CollaborativeAccess(MembershipRepository memberships, TeamRepository teams, CurrentPerson currentPerson) {
        this.memberships = memberships;
        this.teams = teams;
        this.currentPerson = currentPerson;
    }

    public boolean isOrganiser(long collaborativeId) {
        long me = currentPerson.requireId();
        return currentPerson.isAdministrator()
                || memberships.existsByPersonIdAndCollaborativeIdAndRole(me, collaborativeId, Role.ORGANISER);
    }

    public void requireOrganiser(long collaborativeId) {
        if (!isOrganiser(collaborativeId)) {
            throw new AccessDeniedException("Only the collaborative's organisers may do this.");
        }
    }

    public boolean isMember(long collaborativeId) {
        long me = currentPerson.requireId();
        return currentPerson.isAdministrator() || memberships.existsByPersonIdAndCollaborativeId(me, collaborativeId);
    }

    public void requireMember(long collaborativeId) {
        if (!isMember(collaborativeId)) {
            throw new AccessDeniedException("Only members of the collaborative may see this.");
        }
    }

    /**
     * Whether the signed-in person may see a team's private pages. A team that does not exist is simply not
     * visible, so nobody learns which team ids exist.
     */
    public boolean canSeeTeam(long teamId) {
        long me = currentPerson.requireId();
        return memberships.existsByPersonIdAndTeamId(me, teamId)
                || teams.findById(teamId).map(Team::getCollaborativeId).filter(this::isOrganiser).isPresent();
    }

    public void requireTeamAccess(long teamId) {
        if (!canSeeTeam(teamId)) {
            throw new AccessDeniedException("Only the team's members, its coach and organisers may see this.");
        }
    }

    /** Administrators, and organisers of any collaborative, may start a new one. */
    public boolean mayCreateCollaboratives() {
        long me = currentPerson.requireId();
        return currentPerson.isAdministrator() || memberships.existsByPersonIdAndRole(me, Role.ORGANISER);
    }
}
