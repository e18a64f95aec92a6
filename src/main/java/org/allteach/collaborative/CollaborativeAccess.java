package org.allteach.collaborative;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.collaborative.internal.Membership;
import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.collaborative.internal.Team;
import org.allteach.collaborative.internal.TeamRepository;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.LikePattern;
import org.allteach.shared.ReadOnlyArchive;
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
    private final CollaborativeRepository collaboratives;
    private final CurrentPerson currentPerson;

    CollaborativeAccess(MembershipRepository memberships, TeamRepository teams, CollaborativeRepository collaboratives,
                        CurrentPerson currentPerson) {
        this.memberships = memberships;
        this.teams = teams;
        this.collaboratives = collaboratives;
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

    /** Whether the signed-in person coaches a team of this collaborative (coaches moderate its open space). */
    public boolean isCoachIn(long collaborativeId) {
        return memberships.existsByPersonIdAndCollaborativeIdAndRole(currentPerson.requireId(), collaborativeId,
                Role.COACH);
    }

    /**
     * Organisers and administrators, and coaches of any team in the collaborative: those who follow how its teams
     * are doing (the engagement dashboard). Coaches see only their own teams there; that filter is the caller's.
     */
    public void requireOrganiserOrCoach(long collaborativeId) {
        if (!isOrganiser(collaborativeId) && !isCoachIn(collaborativeId)) {
            throw new AccessDeniedException("Only the collaborative's organisers and coaches may see this.");
        }
    }

    /** Whether the signed-in person coaches this team. */
    public boolean isCoachOf(long teamId) {
        return memberships.existsByPersonIdAndTeamIdAndRole(currentPerson.requireId(), teamId, Role.COACH);
    }

    /**
     * The signed-in person's roles in one query, for features whose rules depend on the role (the calendar: coaches
     * plan office hours for the teams they coach, team leads their team's meetings).
     */
    public List<RoleHeld> myRoles() {
        return memberships.findByPersonId(currentPerson.requireId()).stream()
                .map(m -> new RoleHeld(m.getCollaborativeId(), m.getTeamId(), m.getRole())).toList();
    }

    /** Everything the signed-in person may read, in two queries, for features that list across scopes. */
    public VisibleScopes visibleScopes() {
        if (currentPerson.isAdministrator()) {
            return new VisibleScopes(true, Set.of(), Set.of());
        }
        Set<Long> collaboratives = new HashSet<>();
        Set<Long> organised = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        for (Membership membership : memberships.findByPersonId(currentPerson.requireId())) {
            collaboratives.add(membership.getCollaborativeId());
            if (membership.getRole() == Role.ORGANISER) {
                organised.add(membership.getCollaborativeId());
            }
            if (membership.getTeamId() != null) {
                teamIds.add(membership.getTeamId());
            }
        }
        if (!organised.isEmpty()) {
            teamIds.addAll(teams.findIdsByCollaborativeIdIn(organised));
        }
        return new VisibleScopes(false, Set.copyOf(collaboratives), Set.copyOf(teamIds));
    }

    /**
     * Whether someone else (not the signed-in person) may read a collaborative's pages, or one team's when
     * {@code teamId} is given: used before mentioning or notifying them, so nothing leaks to people outside.
     */
    public boolean canPersonRead(long personId, long collaborativeId, Long teamId) {
        return memberships.canRead(personId, collaborativeId, teamId);
    }

    /** People who can read a collaborative's pages (or one team's) whose name starts with the prefix. */
    public List<AudienceMember> audience(long collaborativeId, Long teamId, String namePrefix, int limit) {
        if (teamId == null ? !isMember(collaborativeId) : !canSeeTeam(teamId)) {
            throw new AccessDeniedException("Only people who can read this may list who else can.");
        }
        return memberships.findAudience(collaborativeId, teamId, LikePattern.escape(namePrefix), limit).stream()
                .map(row -> new AudienceMember(row.getPersonId(), row.getDisplayName(), row.getTeamName(),
                        Role.valueOf(row.getRole())))
                .toList();
    }

    /** Administrators, and organisers of any collaborative, may start a new one. */
    public boolean mayCreateCollaboratives() {
        long me = currentPerson.requireId();
        return currentPerson.isAdministrator() || memberships.existsByPersonIdAndRole(me, Role.ORGANISER);
    }

    /** Whether the signed-in person belongs to any collaborative, current or closed (or administers the portal). */
    public boolean belongsToAny() {
        return currentPerson.isAdministrator() || memberships.existsByPersonId(currentPerson.requireId());
    }

    /** Whether someone held a role in a collaborative that has closed: they are its alumni. */
    public boolean isAlumnus(long personId) {
        return memberships.isAlumnus(personId);
    }

    /** Whether the collaborative has been closed: its members are alumni and its data is an archive. */
    public boolean isClosed(long collaborativeId) {
        return collaboratives.existsByIdAndStatus(collaborativeId, CollaborativeStatus.ALUMNI);
    }

    /**
     * The one check every feature makes before changing a collaborative's data: a closed collaborative is an archive
     * that its members still read, and nobody writes to.
     *
     * @throws ReadOnlyArchive when it is closed
     */
    public void requireOpen(long collaborativeId) {
        if (isClosed(collaborativeId)) {
            throw new ReadOnlyArchive(ARCHIVED);
        }
    }

    /** {@link #requireOpen} for a team's data, by the team's collaborative. */
    public void requireTeamOpen(long teamId) {
        if (collaboratives.isTeamInClosedCollaborative(teamId)) {
            throw new ReadOnlyArchive(ARCHIVED);
        }
    }

    /** Whether the team belongs to a closed collaborative, for views that hide what would be refused. */
    public boolean isTeamClosed(long teamId) {
        return collaboratives.isTeamInClosedCollaborative(teamId);
    }

    private static final String ARCHIVED = "This collaborative has ended and its pages are an archive now: "
            + "everything can still be read, and nothing can be changed. The community of practice is open for new "
            + "conversations.";
}
