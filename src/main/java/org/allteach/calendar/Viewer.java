package org.allteach.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.calendar.internal.CalendarEvent;
import org.allteach.collaborative.RoleHeld;
import org.allteach.collaborative.Role;

/**
 * The signed-in person with their roles, read once per service call: who sees which event, and who may plan what.
 * <ul>
 *     <li>Everyone in an event's audience sees it (the whole collaborative, or the chosen teams' members), and so do
 *     the collaborative's organisers and coaches, who plan faculty time around each other; administrators see
 *     everything.</li>
 *     <li>Organisers (and administrators) plan any kind for any audience; coaches office hours for teams they coach
 *     and team meetings of a team they coach; team leads their own team's meetings.</li>
 *     <li>The community's events are seen by its members ({@code communityMember}: alumni and opted-in current
 *     members), their host and administrators only, not by the faculty of the collaborative they are hosted from;
 *     their host and administrators change them.</li>
 * </ul>
 */
record Viewer(long personId, boolean administrator, List<RoleHeld> roles, boolean communityMember) {

    boolean organises(long collaborativeId) {
        return administrator || holds(collaborativeId, Role.ORGANISER);
    }

    /** Organisers and coaches see the whole collaborative's calendar. */
    boolean faculty(long collaborativeId) {
        return organises(collaborativeId) || holds(collaborativeId, Role.COACH);
    }

    boolean member(long collaborativeId) {
        return administrator || roles.stream().anyMatch(role -> role.collaborativeId() == collaborativeId);
    }

    Set<Long> memberOf() {
        return roles.stream().map(RoleHeld::collaborativeId).collect(Collectors.toSet());
    }

    Set<Long> facultyOf() {
        return roles.stream().filter(role -> role.role() == Role.ORGANISER || role.role() == Role.COACH)
                .map(RoleHeld::collaborativeId).collect(Collectors.toSet());
    }

    /** The teams they belong to, in any role. */
    Set<Long> teams() {
        return roles.stream().map(RoleHeld::teamId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /** Their teams in one collaborative where they hold one of the roles. */
    Set<Long> teams(long collaborativeId, Role... held) {
        Set<Role> wanted = Set.of(held);
        return roles.stream().filter(role -> role.collaborativeId() == collaborativeId && role.teamId() != null
                && wanted.contains(role.role())).map(RoleHeld::teamId).collect(Collectors.toSet());
    }

    boolean canSee(CalendarEvent event) {
        if (event.isForCommunity()) {
            // the host keeps their own session after leaving the community, so they can still cancel it
            return administrator || communityMember || event.getHostId() == personId;
        }
        long collaborativeId = event.getCollaborativeId();
        if (faculty(collaborativeId)) {
            return true;
        }
        return event.getAudience() == Audience.COLLABORATIVE ? member(collaborativeId)
                : event.getTeamIds().stream().anyMatch(teams()::contains);
    }

    /** Whether they may plan this kind of event for this audience (and so change or cancel one like it). */
    boolean mayPlan(long collaborativeId, EventKind kind, Audience audience, Collection<Long> teamIds) {
        if (organises(collaborativeId)) {
            return true;
        }
        if (audience != Audience.TEAMS || teamIds.isEmpty() || kind == null) {
            return false;
        }
        return switch (kind) {
            case OFFICE_HOURS -> teams(collaborativeId, Role.COACH).containsAll(teamIds);
            case TEAM_MEETING -> teamIds.size() == 1
                    && teams(collaborativeId, Role.COACH, Role.TEAM_LEAD).containsAll(teamIds);
            default -> false;
        };
    }

    boolean mayManage(CalendarEvent event) {
        if (event.isForCommunity()) {
            return administrator || event.getHostId() == personId;
        }
        return mayPlan(event.getCollaborativeId(), event.getKind(), event.getAudience(), event.getTeamIds());
    }

    /**
     * Whether they may host the community's events from this collaborative: a member of the community who is or was in
     * it (its being closed does not matter: alumni host from their cohort).
     */
    boolean mayHostForCommunityFrom(long collaborativeId) {
        return communityMember && memberOf().contains(collaborativeId);
    }

    /** Whether they may plan anything at all in this collaborative. */
    boolean plansIn(long collaborativeId) {
        return organises(collaborativeId) || !teams(collaborativeId, Role.COACH, Role.TEAM_LEAD).isEmpty();
    }

    private boolean holds(long collaborativeId, Role role) {
        return roles.stream().anyMatch(held -> held.collaborativeId() == collaborativeId && held.role() == role);
    }
}
