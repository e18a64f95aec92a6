package org.allteach.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.OrganisationView;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.community.Community;
import org.allteach.credits.CreditType;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.NewAccount;
import org.allteach.identity.Profession;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.allteach.library.Visibility;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.springframework.stereotype.Component;

/**
 * The cohort before the diabetes collaborative: a year of hypertension work by three teams, closed through
 * the portal's close in September 2025. Some of its alumni are in the current collaborative too (Latoya,
 * Bobby, Kevin, Priya; Marcus coached it); the Twin Cities team are alumni only. Its spaces are read-only archives with
 * a few threads, its library keeps the change package and a recording for which two alumni claimed credit, and its
 * blood-pressure measure has a year of data. It is closed through the organisers' own path (the details form's "Ended
 * · alumni", {@link Collaboratives#update}, which closes as {@link Collaboratives#close} does). In the community of
 * practice the alumni list their expertise, a current member's question in "Ask the alumni" is answered by an alumna,
 * and an alumna hosts office hours ({@link DemoOfficeHours}).
 */
@Component
class DemoAlumni {

    static final CollaborativeDetails DETAILS = new CollaborativeDetails(
            "Hypertension Control Collaborative",
            "Hypertension control",
            """
            Three partnership teams set out to bring blood pressure under control for patients with hypertension in \
            communities with the widest gaps: pharmacist-led medication management, community health workers and \
            home blood pressure monitoring, with measures stratified by race, ethnicity and language.""",
            LocalDate.of(2024, 9, 3), LocalDate.of(2025, 8, 29), CollaborativeStatus.ALUMNI);

    /** The day the organiser closed it, after the last data were in. */
    static final Instant CLOSED = LocalDate.of(2025, 9, 19).atTime(15, 0).toInstant(ZoneOffset.UTC);

    private static final String CONTROL = "Blood pressure under 140/90";

    private record Alumnus(String name, String email, int org) {
    }

    private record Team(String name, ZoneId zone, List<DemoCollaborative.Organisation> organisations,
                        List<Alumnus> members) {
    }

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** The first member leads the team; people already in the demo keep their accounts. */
    private static final List<Team> TEAMS = List.of(
            new Team("Delta Heart Health Team", CHICAGO, List.of(
                    new DemoCollaborative.Organisation("Delta Rural Health Clinic", Element.CLINIC, "Greenville, MS",
                            "deltarhc.example"),
                    new DemoCollaborative.Organisation("Delta Faith & Health Network", Element.COMMUNITY_PARTNER,
                            "Clarksdale, MS", "deltafaithhealth.example")),
                    List.of(new Alumnus("Latoya Jenkins", null, 0), new Alumnus("Bobby Collins", null, 0),
                            new Alumnus("Gloria Simmons", "gloria.simmons@deltafaithhealth.example", 1))),
            new Team("Southside Blood Pressure Team", CHICAGO, List.of(
                    new DemoCollaborative.Organisation("Southside Family Health Center", Element.CLINIC, "Chicago, IL",
                            "southsidefhc.example"),
                    new DemoCollaborative.Organisation("Chicago Community Health Data Collaborative",
                            Element.DATA_PARTNER, "Chicago, IL", "cchdc.example")),
                    List.of(new Alumnus("Kevin Tran", null, 0), new Alumnus("Priya Raman", null, 1),
                            new Alumnus("Harold Greene", "harold.greene@southsidefhc.example", 0))),
            new Team("Twin Cities Heart Partnership", CHICAGO, List.of(
                    new DemoCollaborative.Organisation("Cedar-Riverside Community Clinic", Element.CLINIC,
                            "Minneapolis, MN", "cedarriversideclinic.example"),
                    new DemoCollaborative.Organisation("Somali Health Workers Alliance", Element.COMMUNITY_PARTNER,
                            "Minneapolis, MN", "somalihealthworkers.example"),
                    new DemoCollaborative.Organisation("Minnesota Health Equity Data Hub", Element.DATA_PARTNER,
                            "St. Paul, MN", "mnhealthequitydata.example")),
                    List.of(new Alumnus("Ingrid Solberg", "ingrid.solberg@cedarriversideclinic.example", 0),
                            new Alumnus("Abdi Warsame", "abdi.warsame@somalihealthworkers.example", 1),
                            new Alumnus("Mai Vang", "mai.vang@mnhealthequitydata.example", 2))));

    /** What alumni put in the directory: expertise tags and "ask me about". */
    private static final Map<String, List<String>> EXPERTISE = new LinkedHashMap<>();
    private static final Map<String, String> ASK_ME_ABOUT = new LinkedHashMap<>();

    static {
        describe("Kevin Tran", "Setting up pharmacist titration visits under a collaborative practice agreement, and "
                + "billing for them.", "pharmacist-led medication management", "hypertension",
                "home blood pressure monitoring");
        describe("Ingrid Solberg", "Hiring community health workers from the communities you serve, and keeping them "
                + "after the grant ends.", "community health workers", "team-based care", "hypertension");
        describe("Mai Vang", "Adding languages to the EHR's list, and stratifying measures by race, ethnicity and "
                + "language without small-number problems.", "REaL data collection", "run charts", "EHR registries");
        describe("Abdi Warsame", "Blood pressure checks at mosques and community events, in Somali.",
                "community health workers", "home blood pressure monitoring");
        describe("Latoya Jenkins", "Working with churches on screening days, and rural clinic workflows.",
                "faith-based partnerships", "REaL data collection", "rural health");
        describe("Gloria Simmons", "Training church health ministers to take a blood pressure reading properly.",
                "community health workers", "faith-based partnerships");
    }

    private static void describe(String name, String askMeAbout, String... tags) {
        EXPERTISE.put(name, List.of(tags));
        ASK_ME_ABOUT.put(name, askMeAbout);
    }

    private final Accounts accounts;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Memberships memberships;
    private final Library library;
    private final Measures measures;
    private final MeasureData data;
    private final Community community;
    private final Discussions discussions;
    private final Moderation moderation;
    private final DemoDiscussions demoDiscussions;
    private final DemoCredits credits;
    private final DemoPast past;
    private final DemoOfficeHours officeHours;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoAlumni(Accounts accounts, Collaboratives collaboratives, Teams teams, Memberships memberships, Library library,
               Measures measures, MeasureData data, Community community, Discussions discussions,
               Moderation moderation, DemoDiscussions demoDiscussions, DemoCredits credits, DemoPast past,
               DemoOfficeHours officeHours, ActingAs actingAs, Clock clock) {
        this.clock = clock;
        this.officeHours = officeHours;
        this.accounts = accounts;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.memberships = memberships;
        this.library = library;
        this.measures = measures;
        this.data = data;
        this.community = community;
        this.discussions = discussions;
        this.moderation = moderation;
        this.demoDiscussions = demoDiscussions;
        this.credits = credits;
        this.past = past;
        this.actingAs = actingAs;
    }

    /** After the current collaborative, whose people it reuses; adds the alumni-only people to {@code people}. */
    void load(Map<String, Long> people) {
        long dana = people.get(DemoCollaborative.ORGANISER.name());
        // Created as it was while it ran (the portal refuses to create a running collaborative whose end has passed),
        // then its real end date is entered with "Ended · alumni", which closes it as the close action does.
        CollaborativeSummary cohort = actingAs.call(dana, () -> collaboratives.create(new CollaborativeDetails(
                DETAILS.name(), DETAILS.focusArea(), DETAILS.description(), DETAILS.startDate(),
                LocalDate.now(clock).plusMonths(1), CollaborativeStatus.ACTIVE)));
        long marcus = people.get("Marcus Bell");
        Map<String, Long> teamIds = new LinkedHashMap<>();
        for (Team team : TEAMS) {
            teamIds.put(team.name(), loadTeam(cohort.id(), team, dana, marcus, people));
        }
        archive(cohort, people);
        library(cohort.id(), people);
        measures(cohort.id(), teamIds, people);

        actingAs.run(dana, () -> collaboratives.update(cohort.id(), DETAILS));
        past.closedAt(cohort.id(), CLOSED);

        directory(people);
        askTheAlumni(people);
        officeHours.load(cohort.id(), people);
    }

    private long loadTeam(long cohortId, Team team, long dana, long coach, Map<String, Long> people) {
        return actingAs.call(dana, () -> {
            List<Long> organisations = new ArrayList<>();
            for (DemoCollaborative.Organisation org : team.organisations()) {
                organisations.add(teams.addOrganisation(cohortId, org.name(), org.element(), org.location()).id());
            }
            TeamRef ref = teams.addTeam(cohortId, team.name(), organisations);
            memberships.enrol(cohortId, ref.id(), coach, Role.COACH);
            boolean lead = true;
            for (Alumnus member : team.members()) {
                Long person = people.get(member.name());
                if (person == null) {
                    person = accounts.createAccount(new NewAccount(member.email(), member.name(), team.zone(),
                            Locale.US, DemoCollaborative.PASSWORD)).id();
                    people.put(member.name(), person);
                }
                memberships.enrol(cohortId, ref.id(), person, lead ? Role.TEAM_LEAD : Role.PARTICIPANT);
                lead = false;
            }
            return ref.id();
        });
    }

    /** A few threads of the cohort's year, now its archive. */
    private void archive(CollaborativeSummary cohort, Map<String, Long> people) {
        List<SpaceOverview> spaces = actingAs.call(people.get(DemoCollaborative.ORGANISER.name()),
                discussions::mySpaces);
        long success = demoDiscussions.thread(people, "Kevin Tran", DemoDiscussions.category(spaces, cohort.name(),
                CategoryKind.SUCCESSES), "Pharmacist titration visits: 64% to 79% controlled in six months", """
                Since February, patients whose blood pressure is above 140/90 at two visits see our pharmacist \
                within two weeks. Under the collaborative practice agreement she adjusts the dose, teaches home \
                monitoring and follows up by phone every two weeks until they are controlled.

                | Month | Controlled |
                |---|---:|
                | January | 64% |
                | April | 73% |
                | July | 79% |

                The biggest gain was for Black patients, 58% to 77%: the visits are longer and at the clinic they \
                already use.""", List.of("pharmacist", "titration"));
        demoDiscussions.reply(people, "Latoya Jenkins", success, "We have no pharmacist on site. Did you look at "
                + "telehealth visits with a pharmacist from the hospital?");
        demoDiscussions.reply(people, "Kevin Tran", success, "Yes: two of our patients' visits were by phone and "
                + "worked as well. The agreement just has to name the remote pharmacist.");
        demoDiscussions.reply(people, "Marcus Bell", success, "Please put the protocol in the library so the next "
                + "cohort can start from it.");
        past.threadWritten(success, LocalDate.of(2025, 7, 14).atTime(14, 0).toInstant(ZoneOffset.UTC));

        long question = demoDiscussions.thread(people, "Abdi Warsame", DemoDiscussions.category(spaces, cohort.name(),
                CategoryKind.ASK_THE_FACULTY), "Home readings: how do you get them back from patients?", """
                We lend cuffs and patients take readings, but only a third send them. Paper logs get lost; not \
                everyone uses the portal.""", List.of("home monitoring"));
        int answer = demoDiscussions.reply(people, "Marcus Bell", question, """
                Ask for **one number a week** by text: the morning reading on Monday. Teams that asked for \
                everything got nothing; one reading a week gets most patients sending.""");
        actingAs.run(people.get("Abdi Warsame"), () -> moderation.toggleSolution(actingAs.call(people.get(
                "Abdi Warsame"), () -> discussions.posts(question, answer, 1)).getFirst().id()));
        past.threadWritten(question, LocalDate.of(2025, 3, 4).atTime(16, 30).toInstant(ZoneOffset.UTC));

        long teamThread = demoDiscussions.thread(people, "Mai Vang", DemoDiscussions.category(spaces,
                "Twin Cities Heart Partnership", CategoryKind.CHALLENGES),
                "Somali is not in the EHR's language list", """
                Our registry shows a third of patients as "Other" language. Most are Somali speakers, but Somali \
                is not on the list at registration. Who can add it?""", List.of("REaL data"));
        demoDiscussions.reply(people, "Ingrid Solberg", teamThread, "The EHR team added it on Friday; "
                + "registration staff have the new script. Let's re-check the registry in a month.");
        past.threadWritten(teamThread, LocalDate.of(2024, 11, 6).atTime(15, 0).toInstant(ZoneOffset.UTC));
    }

    /** The change package and a recording; two alumni claimed credit for the recording. */
    private void library(long cohortId, Map<String, Long> people) {
        long dana = people.get(DemoCollaborative.ORGANISER.name());
        actingAs.run(dana, () -> {
            library.add(new ResourceDetails(cohortId, ResourceKind.CHANGE_PACKAGE,
                    "Hypertension control change package", """
                    The changes the three teams tested and kept: pharmacist titration visits, home blood pressure \
                    monitoring with one reading a week, community health worker follow-up, and REaL data at \
                    registration.""", "Hypertension control", List.of("medication management",
                    "community health workers", "REaL data"), 2025, "CC BY 4.0",
                    "https://library.example.org/hypertension-2024/change-package",
                    Visibility.COLLABORATIVE, null), null, null);
            library.add(new ResourceDetails(cohortId, ResourceKind.RECORDING,
                    "Learning Session 2: team-based hypertension care", """
                    Recording of the session where the Southside team showed its pharmacist titration visits and \
                    the Twin Cities team its community health workers' home visits.""", "Hypertension control",
                    List.of("medication management", "community health workers"), 2025, null,
                    "https://video.example.org/htn/learning-session-2", Visibility.COLLABORATIVE, null), null, null);
        });
        actingAs.run(people.get("Ingrid Solberg"), () -> accounts.updateMyProfessionalDetails(
                Profession.NURSE_PRACTITIONER, "APRN, CNP"));
        ResourceRow recording = actingAs.call(dana, () -> library.resources(List.of(ResourceKind.RECORDING),
                "team-based hypertension", 0, 1)).getFirst();
        credits.recordingClaimed(cohortId, recording, dana, Map.of(
                people.get("Ingrid Solberg"), CreditType.ANCC_CONTACT_HOURS,
                people.get("Harold Greene"), CreditType.PARTICIPATION));
    }

    /** A year of blood-pressure control for each team, rising as their changes took hold. */
    private void measures(long cohortId, Map<String, Long> teamIds, Map<String, Long> people) {
        long dana = people.get(DemoCollaborative.ORGANISER.name());
        long control = actingAs.call(dana, () -> measures.create(new MeasureDetails(cohortId, CONTROL,
                MeasureType.OUTCOME, DataKind.PROPORTION, null, null, """
                Denominator: patients 18-85 with hypertension and a visit in the last 12 months. Numerator: those \
                whose most recent blood pressure is below 140/90. Source: the clinic's EHR registry.""",
                Direction.UP, new BigDecimal("0.8"), 6, Set.copyOf(teamIds.values()), Set.of())));
        int[][] controlled = {{118, 4}, {196, 5}, {87, 3}};
        int[] patients = {210, 305, 160};
        int team = 0;
        for (Map.Entry<String, Long> entry : teamIds.entrySet()) {
            long lead = people.get(TEAMS.get(team).members().getFirst().name());
            int start = controlled[team][0];
            int gain = controlled[team][1];
            int denominator = patients[team];
            int month = 0;
            for (YearMonth m = YearMonth.from(DETAILS.startDate()); !m.isAfter(YearMonth.from(DETAILS.endDate()));
                 m = m.plusMonths(1), month++) {
                // flat for the first months, then the changes take hold
                int numerator = start + gain * Math.max(0, month - 3) + month % 3;
                YearMonth reported = m;
                actingAs.run(lead, () -> data.record(control, entry.getValue(), reported, new MonthValues(
                        MonthValues.Entry.ratio(numerator, denominator), Map.of(), false)));
            }
            team++;
        }
        past.measuresEnteredOn(cohortId, 8);
    }

    private void directory(Map<String, Long> people) {
        EXPERTISE.forEach((name, tags) -> actingAs.run(people.get(name),
                () -> community.describeMe(tags, ASK_ME_ABOUT.get(name), true)));
    }

    /** Elena, in the current collaborative, joins the community and asks; Ingrid, an alumna, answers. */
    private void askTheAlumni(Map<String, Long> people) {
        long elena = people.get("Elena Chavez");
        actingAs.run(elena, () -> community.optIn(true));
        actingAs.run(elena, () -> community.describeMe(List.of("community health workers", "diabetes"),
                "Our promotoras in Las Cruces and the border clinics.", true));
        List<SpaceOverview> spaces = actingAs.call(elena, discussions::mySpaces);
        SpaceOverview space = spaces.stream().filter(s -> s.kind() == SpaceKind.COMMUNITY).findFirst().orElseThrow();
        long question = demoDiscussions.thread(people, "Elena Chavez", DemoDiscussions.category(spaces, space.name(),
                CategoryKind.ASK_THE_FACULTY), "Keeping community health workers after the grant ends", """
                Our two community health workers are paid from the collaborative's grant, which ends in February. \
                How did your teams keep theirs? Medicaid billing, the hospital's community benefit, something else?""",
                List.of("community health workers", "funding"));
        int answer = demoDiscussions.reply(people, "Ingrid Solberg", question, """
                We were in the same place a year ago. What kept ours:

                1. **Medicaid billing**: Minnesota pays for CHW services with a physician's order; the \
                clinic billed from the fourth month and it covered one and a half positions.
                2. **Showing the numbers**: our run chart (blood pressure control 54% → 71% for patients the \
                CHWs followed) went to the hospital's community benefit committee, which funded the rest.

                Start the billing set-up now; it took us three months. Happy to talk: send me a message from the \
                directory.""");
        demoDiscussions.reply(people, "Abdi Warsame", question, "Also: write down the CHWs' visits as the EHR's "
                + "own encounter type from day one. We could only bill for what was in the record.");
        actingAs.run(elena, () -> moderation.toggleSolution(actingAs.call(elena,
                () -> discussions.posts(question, answer, 1)).getFirst().id()));

        demoDiscussions.thread(people, "Kevin Tran", DemoDiscussions.category(spaces, space.name(),
                CategoryKind.SUCCESSES), "Our pharmacist titration protocol, ready to adapt", """
                The protocol and the collaborative practice agreement we used in the hypertension collaborative \
                are in its library as part of the change package. The parts most teams change: the visit interval \
                (we used two weeks) and who may order labs.""", List.of("medication management"));
        demoDiscussions.thread(people, "Mai Vang", DemoDiscussions.category(spaces, space.name(),
                CategoryKind.CHALLENGES), "Office hour: REaL data in your EHR, first Tuesday of the month", """
                An hour on the first Tuesday of each month, 12:00 Central: bring your registration form or your \
                stratified run chart and we look at it together. Reply here to say you are coming.""",
                List.of("REaL data collection"));
    }
}
