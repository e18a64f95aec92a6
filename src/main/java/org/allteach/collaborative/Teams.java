package org.allteach.collaborative;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.collaborative.internal.Membership;
import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.collaborative.internal.Organisation;
import org.allteach.collaborative.internal.OrganisationRepository;
import org.allteach.collaborative.internal.Team;
import org.allteach.collaborative.internal.TeamRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and the partnership teams they form. */
@Service
public class Teams {

    private static final int MAX_TEAM_NAME = 120;
    private static final int MAX_ORGANISATION_NAME = 160;
    private static final int MAX_LOCATION = 120;
    private static final String TEAM_TAKEN = "Another team in this collaborative has this name.";
    private static final String ORGANISATION_TAKEN = "This organisation is already part of the collaborative.";

    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final CollaborativeRepository collaboratives;
    private final CollaborativeAccess access;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Teams(TeamRepository teams, OrganisationRepository organisations, MembershipRepository memberships,
          CollaborativeRepository collaboratives, CollaborativeAccess access, Accounts accounts, Clock clock,
          ApplicationEventPublisher events) {
        this.events = events;
        this.teams = teams;
        this.organisations = organisations;
        this.memberships = memberships;
        this.collaboratives = collaboratives;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrganisationView> organisations(long collaborativeId) {
        access.requireMember(collaborativeId);
        return organisations.findByCollaborativeIdOrderByName(collaborativeId).stream().map(Teams::toView).toList();
    }

    /** @throws InvalidInput with fields {@code name}, {@code element}, {@code location} */
    @Transactional
    public OrganisationView addOrganisation(long collaborativeId, String name, Element element, String location) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String organisationName = errors.requiredLine("name", name, MAX_ORGANISATION_NAME,
                "Enter the organisation's name.");
        if (organisationName != null && organisations.existsByCollaborativeIdAndName(collaborativeId, organisationName)) {
            errors.add("name", ORGANISATION_TAKEN);
        }
        if (element == null) {
            errors.add("element", "Choose whether it is a clinic, a community partner or a data partner.");
        }
        String place = errors.optionalLine("location", location, MAX_LOCATION);
        errors.throwIfAny();
        return toView(UniqueConstraints.saving(() -> organisations.saveAndFlush(
                new Organisation(collaborativeId, organisationName, element, place)),
                "uk_organisation_name", "name", ORGANISATION_TAKEN));
    }

    /** @throws InvalidInput with fields {@code name}, {@code organisations} */
    @Transactional
    public TeamRef addTeam(long collaborativeId, String name, Collection<Long> organisationIds) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String teamName = errors.requiredLine("name", name, MAX_TEAM_NAME, "Give the team a name.");
        if (teamName != null && teams.existsByCollaborativeIdAndName(collaborativeId, teamName)) {
            errors.add("name", TEAM_TAKEN);
        }
        List<Organisation> chosen = organisations.findAllById(organisationIds == null ? List.of() : organisationIds);
        if (chosen.isEmpty()) {
            errors.add("organisations", "Choose at least one organisation that forms the team.");
        } else if (chosen.stream().anyMatch(org -> org.getCollaborativeId() != collaborativeId)) {
            errors.add("organisations", "Choose organisations of this collaborative.");
        }
        errors.throwIfAny();
        Team team = UniqueConstraints.saving(() -> teams.saveAndFlush(new Team(collaborativeId, teamName,
                new LinkedHashSet<>(chosen), clock.instant())), "uk_team_name", "name", TEAM_TAKEN);
        events.publishEvent(new TeamAdded(collaborativeId, team.getId(), team.getName()));
        return new TeamRef(team.getId(), team.getName());
    }

    /** Names of these teams, for lists that show a team per row; only teams of the person's collaboratives. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> teamIds) {
        VisibleScopes scopes = access.visibleScopes();
        return teams.findAllById(teamIds).stream().filter(team -> scopes.collaborative(team.getCollaborativeId()))
                .collect(Collectors.toMap(Team::getId, Team::getName));
    }

    /** Teams of a collaborative, for pickers. */
    @Transactional(readOnly = true)
    public List<TeamRef> teamRefs(long collaborativeId) {
        access.requireMember(collaborativeId);
        return teams.findByCollaborativeIdOrderByName(collaborativeId).stream()
                .map(team -> new TeamRef(team.getId(), team.getName())).toList();
    }

    /**
     * Every team of a collaborative with its members (participants and team leads) and its coaches, in two queries,
     * for reports that count per team what people did. Someone in two teams counts in both.
     */
    @Transactional(readOnly = true)
    public List<TeamRoster> rosters(long collaborativeId) {
        access.requireMember(collaborativeId);
        List<Team> found = teams.findByCollaborativeIdOrderByName(collaborativeId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> members = new HashMap<>();
        Map<Long, Set<Long>> coaches = new HashMap<>();
        for (Membership membership : memberships.findByTeamIdIn(found.stream().map(Team::getId).toList())) {
            (membership.getRole() == Role.COACH ? coaches : members)
                    .computeIfAbsent(membership.getTeamId(), id -> new HashSet<>()).add(membership.getPersonId());
        }
        return found.stream().map(team -> new TeamRoster(team.getId(), team.getName(),
                Set.copyOf(members.getOrDefault(team.getId(), Set.of())),
                Set.copyOf(coaches.getOrDefault(team.getId(), Set.of())))).toList();
    }

    /**
     * The teams directory of a collaborative: every member may see who is in it and who coaches whom
     * (all teach, all learn); the teams' own pages stay private.
     */
    @Transactional(readOnly = true)
    public List<TeamCard> teamCards(long collaborativeId) {
        access.requireMember(collaborativeId);
        List<Team> found = teams.findByCollaborativeIdOrderByName(collaborativeId);
        Map<Long, Integer> memberCounts = new HashMap<>();
        for (MembershipRepository.TeamRoleCount count : memberships.countByTeamAndRole(collaborativeId)) {
            if (count.getRole() != Role.COACH) {
                memberCounts.merge(count.getTeamId(), (int) count.getMembers(), Integer::sum);
            }
        }
        List<Long> teamIds = found.stream().map(Team::getId).toList();
        List<Membership> coachMemberships = teamIds.isEmpty() ? List.of()
                : memberships.findByTeamIdInAndRoleIn(teamIds, List.of(Role.COACH));
        Map<Long, PersonProfile> coaches = accounts.profiles(
                coachMemberships.stream().map(Membership::getPersonId).collect(Collectors.toSet()));
        Map<Long, List<String>> coachNames = coachMemberships.stream().collect(Collectors.groupingBy(
                Membership::getTeamId,
                Collectors.mapping(m -> coaches.get(m.getPersonId()).displayName(), Collectors.toList())));
        return found.stream().map(team -> new TeamCard(team.getId(), team.getName(), organisationsOf(team),
                coachNames.getOrDefault(team.getId(), List.of()), memberCounts.getOrDefault(team.getId(), 0))).toList();
    }

    /** A team's page: only its members, its coaches, organisers and administrators may open it. */
    @Transactional(readOnly = true)
    public TeamPage teamPage(long teamId) {
        access.requireTeamAccess(teamId);
        Team team = teams.findWithOrganisationsById(teamId).orElseThrow(() -> new NoSuchElementException("No team " + teamId));
        List<Membership> teamMemberships = memberships.findByTeamId(teamId);
        Map<Long, PersonProfile> people = accounts.profiles(
                teamMemberships.stream().map(Membership::getPersonId).collect(Collectors.toSet()));
        List<TeamMember> members = teamMemberships.stream()
                .map(membership -> toTeamMember(membership, people.get(membership.getPersonId())))
                .sorted(TeamMember.BY_ROLE_THEN_NAME)
                .toList();
        return new TeamPage(team.getId(), team.getName(),
                Collaboratives.toSummary(collaboratives.findById(team.getCollaborativeId()).orElseThrow()),
                organisationsOf(team), members);
    }

    /**
     * The byline of a team whose work the signed-in person was already allowed to read (a storyboard shared with the
     * whole portal names its team to readers outside the collaborative). Callers check that access first.
     */
    @Transactional(readOnly = true)
    public TeamByline byline(long teamId) {
        Team team = teams.findWithOrganisationsById(teamId).orElseThrow(() -> new NoSuchElementException("No team " + teamId));
        String collaborative = collaboratives.findById(team.getCollaborativeId()).orElseThrow().getName();
        return new TeamByline(team.getId(), team.getName(), collaborative,
                organisationsOf(team).stream().map(OrganisationView::name).toList());
    }

    /**
     * Names of teams credited on work the signed-in person was already allowed to read (a resource shared with the
     * whole portal credits its teams by name to readers outside the collaborative). Callers check that access first.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> creditedNames(Collection<Long> teamIds) {
        return teams.findAllById(teamIds).stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }

    static TeamMember toTeamMember(Membership membership, PersonProfile person) {
        return new TeamMember(person.id(), person.displayName(), person.email(), membership.getRole(),
                person.timeZone());
    }

    private static List<OrganisationView> organisationsOf(Team team) {
        return team.getOrganisations().stream()
                .sorted(Comparator.comparing(Organisation::getElement).thenComparing(Organisation::getName))
                .map(Teams::toView).toList();
    }

    private static OrganisationView toView(Organisation org) {
        return new OrganisationView(org.getId(), org.getName(), org.getElement(), org.getLocation());
    }
}
