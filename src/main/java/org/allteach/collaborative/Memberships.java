package org.allteach.collaborative;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.collaborative.internal.Membership;
import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.collaborative.internal.Team;
import org.allteach.collaborative.internal.TeamRepository;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.InvalidInput;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which collaborative and team, in which role. */
@Service
public class Memberships {

    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final CollaborativeRepository collaboratives;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    Memberships(MembershipRepository memberships, TeamRepository teams, CollaborativeRepository collaboratives,
                CollaborativeAccess access, CurrentPerson currentPerson, Clock clock) {
        this.memberships = memberships;
        this.teams = teams;
        this.collaboratives = collaboratives;
        this.access = access;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** The signed-in person's roles, newest collaborative first. */
    @Transactional(readOnly = true)
    public List<MyMembership> mine() {
        List<Membership> own = memberships.findByPersonId(currentPerson.requireId());
        Map<Long, CollaborativeSummary> collaborativesById = collaboratives
                .findAllById(own.stream().map(Membership::getCollaborativeId).distinct().toList()).stream()
                .map(Collaboratives::toSummary)
                .collect(Collectors.toMap(CollaborativeSummary::id, Function.identity()));
        Map<Long, String> teamNames = teams.findAllById(own.stream().map(Membership::getTeamId)
                        .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Team::getId, Team::getName));
        return own.stream()
                .map(m -> new MyMembership(collaborativesById.get(m.getCollaborativeId()), m.getTeamId(),
                        m.getTeamId() == null ? null : teamNames.get(m.getTeamId()), m.getRole()))
                .sorted(Comparator.comparing((MyMembership m) -> m.collaborative().startDate()).reversed()
                        .thenComparing(m -> m.role().ordinal()))
                .toList();
    }

    /** One page of a collaborative's members, filtered by name, email or team; for organisers. */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long collaborativeId, String filter, int offset, int limit) {
        access.requireOrganiser(collaborativeId);
        int size = Math.max(1, limit);
        return memberships.findMemberRows(collaborativeId, normalise(filter), PageRequest.of(offset / size, size))
                .map(Memberships::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public int countMembers(long collaborativeId, String filter) {
        access.requireOrganiser(collaborativeId);
        return (int) memberships.findMemberRows(collaborativeId, normalise(filter), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /**
     * Changes a member's role within their team (participant, team lead, coach), or between organiser roles.
     * Moving between a team role and the organiser role is a new membership, not a role change.
     *
     * @throws InvalidInput with field {@code role}
     */
    @Transactional
    public void changeRole(long membershipId, Role role) {
        Membership membership = memberships.findById(membershipId)
                .orElseThrow(() -> new NoSuchElementException("No membership " + membershipId));
        access.requireOrganiser(membership.getCollaborativeId());
        if (role == null) {
            throw InvalidInput.of("role", "Choose a role.");
        }
        if (role.inTeam() != (membership.getTeamId() != null)) {
            throw InvalidInput.of("role", role.inTeam()
                    ? "Organisers work across the collaborative; add this person to a team to give them a team role."
                    : "Team members cannot become organisers here; invite them as an organiser instead.");
        }
        if (membership.getRole() == Role.ORGANISER && role != Role.ORGANISER) {
            throw InvalidInput.of("role", "Organisers work across the collaborative and keep that role.");
        }
        membership.changeRole(role);
    }

    /**
     * Adds an existing account to a collaborative (and team) without an invitation email; for organisers
     * setting up people who already use the portal, and for demo data.
     *
     * @throws InvalidInput with fields {@code team}, {@code role}
     */
    @Transactional
    public void enrol(long collaborativeId, Long teamId, long personId, Role role) {
        access.requireOrganiser(collaborativeId);
        checkPlacement(collaborativeId, teamId, role);
        if (existing(personId, collaborativeId, teamId).isPresent()) {
            throw InvalidInput.of("team", teamId == null ? "This person is already an organiser."
                    : "This person is already in this team.");
        }
        memberships.save(new Membership(personId, collaborativeId, teamId, role, clock.instant()));
    }

    /** Validates that a role fits where it is held: team roles in a team of this collaborative, organisers without. */
    void checkPlacement(long collaborativeId, Long teamId, Role role) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (role == null) {
            errors.add("role", "Choose a role.");
        } else if (role.inTeam() && teamId == null) {
            errors.add("team", "Choose the team this " + role.label().toLowerCase() + " belongs to.");
        } else if (!role.inTeam() && teamId != null) {
            errors.add("team", "Organisers work across the collaborative; leave the team empty.");
        }
        if (teamId != null && teams.findById(teamId).map(Team::getCollaborativeId)
                .filter(id -> id == collaborativeId).isEmpty()) {
            errors.add("team", "Choose a team of this collaborative.");
        }
        errors.throwIfAny();
    }

    java.util.Optional<Membership> existing(long personId, long collaborativeId, Long teamId) {
        return teamId == null
                ? memberships.findByPersonIdAndCollaborativeIdAndTeamIdIsNull(personId, collaborativeId)
                : memberships.findByPersonIdAndCollaborativeIdAndTeamId(personId, collaborativeId, teamId);
    }

    void add(long personId, long collaborativeId, Long teamId, Role role) {
        memberships.save(new Membership(personId, collaborativeId, teamId, role, clock.instant()));
    }

    /** Trimmed, with LIKE's wildcards escaped so that "50%" finds "50%" and not everything. */
    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MemberRow toRow(MembershipRepository.MemberRowView row) {
        return new MemberRow(row.getMembershipId(), row.getPersonId(), row.getDisplayName(), row.getEmail(),
                Role.valueOf(row.getRole()), row.getTeamId(), row.getTeamName());
    }
}
