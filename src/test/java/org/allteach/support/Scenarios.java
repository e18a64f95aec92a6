package org.allteach.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.NewAccount;
import org.allteach.identity.PersonProfile;

/**
 * Builds test data through the application's own services, each scenario with its own names, so tests sharing
 * one database never see each other's data.
 */
public class Scenarios {

    public static final String PASSWORD = "correct-horse-battery-staple";
    public static final String ADMIN_EMAIL = "admin@allteach.test";

    private final Accounts accounts;
    private final ActingAs actingAs;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Memberships memberships;

    Scenarios(Accounts accounts, ActingAs actingAs, Collaboratives collaboratives, Teams teams,
              Memberships memberships) {
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.memberships = memberships;
    }

    public record Person(long id, String email, String name) {
    }

    /**
     * A collaborative with two teams. Team A: a lead, a participant and a coach. Team B: a participant. Plus an
     * organiser and somebody with an account who belongs to no collaborative.
     */
    public record Scenario(long collaborativeId, String collaborativeName, long teamA, String teamAName, long teamB,
                           String teamBName, Person organiser, Person coachA, Person leadA, Person participantA,
                           Person participantB, Person outsider) {
    }

    public synchronized Person admin() {
        return accounts.findByEmail(ADMIN_EMAIL).map(Scenarios::person).orElseGet(() -> person(
                accounts.createFirstAdministrator(new NewAccount(ADMIN_EMAIL, "Ada Admin", ZoneId.of("UTC"),
                        Locale.US, PASSWORD))));
    }

    public Person newPerson(String name) {
        String key = unique();
        return person(accounts.createAccount(new NewAccount(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "."
                + key + "@example.org", name, ZoneId.of("America/Chicago"), Locale.US, PASSWORD)));
    }

    public Scenario create() {
        String key = unique();
        Person organiser = newPerson("Olivia Organiser");
        Person coach = newPerson("Carl Coach");
        Person lead = newPerson("Lena Lead");
        Person participantA = newPerson("Paul Participant");
        Person participantB = newPerson("Bea Otherteam");
        Person outsider = newPerson("Oscar Outsider");
        return actingAs.call(admin().id(), () -> {
            CollaborativeSummary collaborative = collaboratives.create(new CollaborativeDetails(
                    "Test Collaborative " + key, "Hypertension control", "A collaborative for tests.",
                    LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(10), CollaborativeStatus.ACTIVE));
            long id = collaborative.id();
            long clinicA = teams.addOrganisation(id, "Clinic A " + key, Element.CLINIC, "Chicago, IL").id();
            long communityA = teams.addOrganisation(id, "Community A " + key, Element.COMMUNITY_PARTNER, null).id();
            long clinicB = teams.addOrganisation(id, "Clinic B " + key, Element.CLINIC, "Denver, CO").id();
            String teamAName = "Team A " + key;
            String teamBName = "Team B " + key;
            long teamA = teams.addTeam(id, teamAName, java.util.List.of(clinicA, communityA)).id();
            long teamB = teams.addTeam(id, teamBName, java.util.List.of(clinicB)).id();
            memberships.enrol(id, null, organiser.id(), Role.ORGANISER);
            memberships.enrol(id, teamA, coach.id(), Role.COACH);
            memberships.enrol(id, teamA, lead.id(), Role.TEAM_LEAD);
            memberships.enrol(id, teamA, participantA.id(), Role.PARTICIPANT);
            memberships.enrol(id, teamB, participantB.id(), Role.PARTICIPANT);
            return new Scenario(id, collaborative.name(), teamA, teamAName, teamB, teamBName, organiser, coach, lead,
                    participantA, participantB, outsider);
        });
    }

    /** A short unique key for names and addresses. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Person person(PersonProfile profile) {
        return new Person(profile.id(), profile.email(), profile.displayName());
    }
}
