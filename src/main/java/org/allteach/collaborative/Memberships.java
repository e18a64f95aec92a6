package org.allteach.collaborative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.collaborative.internal.Membership;
import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.collaborative.internal.Phase;
import org.allteach.collaborative.internal.PhaseRepository;
import org.allteach.collaborative.internal.Team;
import org.allteach.collaborative.internal.TeamRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.LikePattern;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which collaborative and team, in which role. */
@Service
public class Memberships {

    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final CollaborativeRepository collaboratives;
    private final PhaseRepository phases;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Clock clock;

    Memberships(MembershipRepository memberships, TeamRepository teams, CollaborativeRepository collaboratives,
                PhaseRepository phases, CollaborativeAccess access, CurrentPerson currentPerson, Accounts accounts,
                Clock clock) {
        this.memberships = memberships;
        this.teams = teams;
        this.collaboratives = collaboratives;
        this.phases = phases;
        this.access = access;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The signed-in person's memberships for the home page, newest collaborative first, each with its current phase,
     * coaches and teammates. A fixed handful of queries, however many memberships.
     */
    @Transactional(readOnly = true)
    public List<MembershipOverview> myOverview() {
        PersonProfile me = accounts.profile(currentPerson.requireId());
        List<Membership> own = memberships.findByPersonId(me.id());
        List<Long> collaborativeIds = own.stream().map(Membership::getCollaborativeId).distinct().toList();
        List<Long> teamIds = own.stream().map(Membership::getTeamId).filter(Objects::nonNull).distinct().toList();
        Map<Long, CollaborativeSummary> collaborativesById = collaboratives.findAllById(collaborativeIds).stream()
                .map(Collaboratives::toSummary)
                .collect(Collectors.toMap(CollaborativeSummary::id, Function.identity()));
        Map<Long, String> teamNames = teams.namesById(teamIds);
        LocalDate today = LocalDate.now(clock.withZone(me.timeZone()));
        Map<Long, PhaseView> currentPhases = new HashMap<>();
        for (Phase phase : collaborativeIds.isEmpty() ? List.<Phase>of() : phases.findByCollaborativeIdIn(collaborativeIds)) {
            if (!today.isBefore(phase.getStartDate()) && !today.isAfter(phase.getEndDate())) {
                currentPhases.put(phase.getCollaborativeId(), Collaboratives.toView(phase));
            }
        }
        List<Membership> teamMemberships = teamIds.isEmpty() ? List.of() : memberships.findByTeamIdIn(teamIds);
        Map<Long, PersonProfile> people = accounts.profiles(
                teamMemberships.stream().map(Membership::getPersonId).collect(Collectors.toSet()));
        Map<Long, List<TeamMember>> membersByTeam = teamMemberships.stream()
                .filter(m -> m.getPersonId() != me.id())
                .collect(Collectors.groupingBy(Membership::getTeamId, Collectors.mapping(
                        m -> Teams.toTeamMember(m, people.get(m.getPersonId())), Collectors.toList())));
        return own.stream()
                .map(m -> {
                    List<TeamMember> others = m.getTeamId() == null ? List.of()
                            : membersByTeam.getOrDefault(m.getTeamId(), List.of()).stream()
                                    .sorted(TeamMember.BY_ROLE_THEN_NAME).toList();
                    return new MembershipOverview(
                            new MyMembership(collaborativesById.get(m.getCollaborativeId()), m.getTeamId(),
                                    m.getTeamId() == null ? null : teamNames.get(m.getTeamId()), m.getRole()),
                            currentPhases.get(m.getCollaborativeId()),
                            others.stream().filter(member -> member.role() == Role.COACH).toList(),
                            others.stream().filter(member -> member.role() != Role.COACH).toList());
                })
                .sorted(Comparator.comparing((MembershipOverview o) -> o.membership().collaborative().startDate())
                        .reversed().thenComparing(o -> o.membership().role().ordinal()))
                .toList();
    }

    /** The coaches of a collaborative by name, each with the teams they coach there; for its members. */
    @Transactional(readOnly = true)
    public List<CollaborativeCoach> coaches(long collaborativeId) {
        access.requireMember(collaborativeId);
        Map<Long, java.util.Set<Long>> teamsByCoach = memberships.findByCollaborativeIdAndRole(collaborativeId,
                Role.COACH).stream().collect(Collectors.groupingBy(Membership::getPersonId,
                Collectors.mapping(Membership::getTeamId, Collectors.toSet())));
        Map<Long, PersonProfile> people = accounts.profiles(teamsByCoach.keySet());
        return teamsByCoach.entrySet().stream()
                .map(coach -> {
                    PersonProfile person = people.get(coach.getKey());
                    return new CollaborativeCoach(person.id(), person.displayName(), person.timeZone(),
                            java.util.Set.copyOf(coach.getValue()));
                })
                .sorted(Comparator.comparing(CollaborativeCoach::displayName).thenComparing(CollaborativeCoach::personId))
                .toList();
    }

    /** One page of a collaborative's members sorted by name, filtered by name, email or team; for organisers. */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long collaborativeId, String filter, Pageable page) {
        access.requireOrganiser(collaborativeId);
        return memberships.findMemberRows(collaborativeId, LikePattern.escape(filter), page).stream()
                .map(Memberships::toRow).toList();
    }

    @Transactional(readOnly = true)
    public int countMembers(long collaborativeId, String filter) {
        access.requireOrganiser(collaborativeId);
        return Math.toIntExact(memberships.countMemberRows(collaborativeId, LikePattern.escape(filter)));
    }

    /**
     * The team each of these people works in within a collaborative, in one query, for reports that group people by
     * team. Only participants and team leads belong to a team here; coaches and organisers work across teams and are
     * left out. Someone in two teams is given the first by name.
     */
    @Transactional(readOnly = true)
    public Map<Long, TeamRef> teamsOf(long collaborativeId, Collection<Long> personIds) {
        access.requireMember(collaborativeId);
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TeamRef> teamOf = new HashMap<>();
        for (MembershipRepository.PersonTeam row : memberships.findTeamsOf(collaborativeId, personIds,
                List.of(Role.PARTICIPANT, Role.TEAM_LEAD))) {
            teamOf.putIfAbsent(row.getPersonId(), new TeamRef(row.getTeamId(), row.getTeamName()));
        }
        return teamOf;
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
        // the roles of a closed collaborative are its alumni's history
        access.requireOpen(membership.getCollaborativeId());
        if (role == null) {
            throw InvalidInput.of("role", "Choose a role.");
        }
        if (role.inTeam() != (membership.getTeamId() != null)) {
            throw InvalidInput.of("role", role.inTeam()
                    ? "Organisers work across the collaborative; add this person to a team to give them a team role."
                    : "Team members cannot become organisers here; invite them as an organiser instead.");
        }
        membership.changeRole(role);
    }

    /**
     * Adds an existing account to a collaborative (and team) without asking them, for portal administrators
     * (setting up a collaborative, demo data). Everyone else joins through an invitation they accept.
     *
     * @throws InvalidInput with fields {@code team}, {@code role}
     */
    @Transactional
    public void enrol(long collaborativeId, Long teamId, long personId, Role role) {
        if (!currentPerson.isAdministrator()) {
            throw new AccessDeniedException("Only portal administrators add people without an invitation.");
        }
        access.requireOpen(collaborativeId);
        checkPlacement(collaborativeId, teamId, role);
        if (existing(personId, collaborativeId, teamId).isPresent()) {
            throw InvalidInput.of("team", alreadyThere(teamId));
        }
        add(personId, collaborativeId, teamId, role);
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
        UniqueConstraints.saving(() -> memberships.saveAndFlush(new Membership(personId, collaborativeId, teamId, role,
                clock.instant())), "uk_membership", "team", alreadyThere(teamId));
    }

    private static String alreadyThere(Long teamId) {
        return teamId == null ? "This person is already an organiser." : "This person is already in this team.";
    }

    private static MemberRow toRow(MembershipRepository.MemberRowView row) {
        return new MemberRow(row.getMembershipId(), row.getPersonId(), row.getDisplayName(), row.getEmail(),
                Role.valueOf(row.getRole()), row.getTeamId(), row.getTeamName());
    }
}
