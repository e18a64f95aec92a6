package org.allteach.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.OrganisationView;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.NewAccount;
import org.allteach.identity.PersonProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo collaborative on the first start with {@code allteach.demo-data=true} (the dev profile). Runs in
 * one transaction, so a start that is interrupted leaves nothing half-made; later starts find the demo organiser
 * and do nothing.
 */
@Component
@ConditionalOnBooleanProperty("allteach.demo-data")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Accounts accounts;
    private final ActingAs actingAs;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Memberships memberships;
    private final TransactionTemplate transactions;
    private final DemoDiscussions discussions;
    private final DemoLibrary library;
    private final DemoCalendar calendar;
    private final DemoCoaching coaching;
    private final DemoCredits credits;
    private final DemoMeasures measures;
    private final DemoPdsa pdsa;
    private final DemoEngagement engagement;
    private final DemoAlumni alumni;
    private final Map<String, Long> people = new HashMap<>();

    DemoDataLoader(Accounts accounts, ActingAs actingAs, Collaboratives collaboratives, Teams teams,
                   Memberships memberships, TransactionTemplate transactions, DemoDiscussions discussions,
                   DemoLibrary library, DemoCalendar calendar, DemoCoaching coaching, DemoCredits credits,
                   DemoMeasures measures, DemoPdsa pdsa, DemoEngagement engagement, DemoAlumni alumni) {
        this.engagement = engagement;
        this.alumni = alumni;
        this.library = library;
        this.pdsa = pdsa;
        this.calendar = calendar;
        this.coaching = coaching;
        this.credits = credits;
        this.measures = measures;
        this.discussions = discussions;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnce() {
        if (accounts.findByEmail(DemoCollaborative.ORGANISER.email()).isPresent()) {
            return;
        }
        long callsActivity = transactions.execute(tx -> load());
        // A second transaction: the first one's attendance reaches the credit activities when it commits.
        transactions.executeWithoutResult(tx -> credits.claim(people, callsActivity));
        log.info("Demo collaborative loaded: sign in as {} (password in the README)", DemoCollaborative.ORGANISER.email());
    }

    /** @return the CE activity of the monthly learning calls */
    private long load() {
        DemoCollaborative.Person organiserCast = DemoCollaborative.ORGANISER;
        PersonProfile organiser = accounts.createFirstAdministrator(account(organiserCast.name(), organiserCast.email(),
                organiserCast));
        return actingAs.call(organiser.id(), () -> {
            CollaborativeSummary collaborative = collaboratives.create(DemoCollaborative.DETAILS);
            collaboratives.planBreakthroughSeries(collaborative.id(), 3);
            List<PersonProfile> coaches = DemoCollaborative.COACHES.stream()
                    .map(coach -> remember(accounts.createAccount(account(coach.name(), coach.email(), coach))))
                    .toList();
            for (DemoCollaborative.Team team : DemoCollaborative.TEAMS) {
                loadTeam(collaborative.id(), team, coaches.get(team.coach()));
            }
            remember(organiser);
            discussions.load(collaborative.name(), people);
            library.load(collaborative.id(), people);
            long firstCall = calendar.load(collaborative.id(), people);
            // After the calendar: Rosa's call is booked around the events her coach hosts.
            coaching.load(collaborative.id(), people);
            measures.load(collaborative.id(), people);
            // After the measures: the cycles are linked to them.
            pdsa.load(collaborative.id(), people);
            // After the measures, cycles and coaching: the other teams' part of the dashboard.
            engagement.load(collaborative.id(), people);
            long callsActivity = credits.load(collaborative.id(), people, firstCall);
            // Last: the previous cohort reuses the current one's people, and closing it makes them alumni.
            alumni.load(people);
            return callsActivity;
        });
    }

    private void loadTeam(long collaborativeId, DemoCollaborative.Team team, PersonProfile coach) {
        List<OrganisationView> organisations = new ArrayList<>();
        for (DemoCollaborative.Organisation org : team.organisations()) {
            organisations.add(teams.addOrganisation(collaborativeId, org.name(), org.element(), org.location()));
        }
        TeamRef ref = teams.addTeam(collaborativeId, team.name(), organisations.stream().map(OrganisationView::id).toList());
        memberships.enrol(collaborativeId, ref.id(), coach.id(), Role.COACH);
        boolean lead = true;
        for (DemoCollaborative.Member member : team.members()) {
            String domain = team.organisations().get(member.org()).domain();
            String email = DemoCollaborative.emailOf(member.name(), domain);
            PersonProfile person = remember(accounts.createAccount(account(member.name(), email,
                    new DemoCollaborative.Person(member.name(), email, team.zone()))));
            memberships.enrol(collaborativeId, ref.id(), person.id(), lead ? Role.TEAM_LEAD : Role.PARTICIPANT);
            lead = false;
        }
    }

    private PersonProfile remember(PersonProfile person) {
        people.put(person.displayName(), person.id());
        return person;
    }

    private static NewAccount account(String name, String email, DemoCollaborative.Person cast) {
        return new NewAccount(email, name, cast.zone(), Locale.US, DemoCollaborative.PASSWORD);
    }
}
