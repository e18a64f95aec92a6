package org.allteach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.AttendanceSheet.Attendee;
import org.allteach.calendar.CalendarFilter;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.calendar.RsvpStatus;
import org.allteach.coaching.CoachingAvailability;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.MyAvailability;
import org.allteach.collaborative.AlumniRole;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.community.Community;
import org.allteach.community.DirectoryEntry;
import org.allteach.engagement.Engagement;
import org.allteach.engagement.EngagementDashboard;
import org.allteach.engagement.TeamEngagement;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.MemberRow;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamCard;
import org.allteach.collaborative.Teams;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.CategorySummary;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.discussion.ThreadRow;
import org.allteach.library.Library;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.allteach.library.StoryboardPage;
import org.allteach.library.Storyboards;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditType;
import org.allteach.credits.MocAttestations;
import org.allteach.credits.RecordingToAttest;
import org.allteach.identity.Accounts;
import org.allteach.measures.MeasureCharts;
import org.allteach.measures.Measures;
import org.allteach.identity.ActingAs;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Profession;
import org.allteach.measures.analysis.Point;
import org.allteach.pdsa.ActDecision;
import org.allteach.pdsa.CycleRef;
import org.allteach.pdsa.CycleStatus;
import org.allteach.pdsa.Pdsa;
import org.allteach.pdsa.PdsaBoard;
import org.allteach.pdsa.PdsaComments;
import org.allteach.pdsa.PdsaMarker;
import org.allteach.pdsa.Ramp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo collaborative of the dev profile, loaded into its own schema on the shared test server (the other tests
 * have their own administrator, and a portal has only one first administrator).
 */
@SpringBootTest(properties = {"allteach.demo-data=true", "allteach.embedded-database.database-name=allteach_demo",
        "allteach.mail.outbox.poll-interval=1h", "allteach.search.root=target/test-search-demo",
        "allteach.files.root=target/test-files-demo"})
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    Accounts accounts;
    @Autowired
    ActingAs actingAs;

    @Autowired
    Attendance attendance;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Teams teams;
    @Autowired
    Memberships memberships;
    @Autowired
    ApplicationContext context;
    @Autowired
    Discussions discussions;
    @Autowired
    Library library;
    @Autowired
    Storyboards storyboards;
    @Autowired
    CoachingAvailability coachingAvailability;
    @Autowired
    CoachingCalls coachingCalls;
    @Autowired
    Events events;
    @Autowired
    CreditClaims creditClaims;
    @Autowired
    MocAttestations mocAttestations;
    @Autowired
    Measures measures;
    @Autowired
    MeasureCharts measureCharts;
    @Autowired
    Pdsa pdsa;
    @Autowired
    PdsaComments pdsaComments;

    @Test
    void theDemoCollaborativeHasSixPartnershipTeamsAcrossUsTimeZones() {
        PersonProfile organiser = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        assertThat(organiser.administrator()).isTrue();

        actingAs.run(organiser.id(), () -> {
            CollaborativeSummary demo = collaboratives.organisedByMe().getFirst();
            assertThat(demo.name()).isEqualTo("3-EM Diabetes Care Collaborative");
            assertThat(collaboratives.phases(demo.id())).hasSize(7);

            List<TeamCard> cards = teams.teamCards(demo.id());
            assertThat(cards).hasSize(6);
            assertThat(cards).allSatisfy(team -> {
                assertThat(team.organisations()).extracting(org -> org.element())
                        .containsExactly(Element.CLINIC, Element.COMMUNITY_PARTNER, Element.DATA_PARTNER);
                assertThat(team.coachNames()).hasSize(1);
            });

            List<MemberRow> members = memberships.members(demo.id(), "", PageRequest.of(0, 200));
            assertThat(members.stream().filter(m -> m.role() == Role.PARTICIPANT || m.role() == Role.TEAM_LEAD))
                    .hasSizeBetween(36, 44);
            assertThat(members.stream().filter(m -> m.role() == Role.TEAM_LEAD)).hasSize(6);
            assertThat(members.stream().filter(m -> m.role() == Role.COACH).map(MemberRow::personId).distinct())
                    .hasSize(3);
            Set<String> zones = accounts.profiles(members.stream().map(MemberRow::personId).toList()).values()
                    .stream().map(profile -> profile.timeZone().getId()).collect(Collectors.toSet());
            assertThat(zones).contains("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                    "America/Los_Angeles");
        });
    }

    @Test
    void theDemoHasConversationsInTheOpenSpaceAndATeamsPrivateSpace() {
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example")
                .orElseThrow();
        actingAs.run(rosa.id(), () -> {
            List<SpaceOverview> spaces = discussions.mySpaces();
            SpaceOverview open = spaces.stream().filter(space -> space.kind() == SpaceKind.COLLABORATIVE).findFirst()
                    .orElseThrow();
            assertThat(open.categories()).extracting(CategorySummary::threads).contains(1L);
            long successes = open.categories().stream().filter(c -> c.kind() == CategoryKind.SUCCESSES).findFirst()
                    .orElseThrow().id();
            ThreadRow success = discussions.threads(successes, 0, 10).getFirst();
            assertThat(success.title()).contains("Text reminders");
            assertThat(success.posts()).isEqualTo(4);
            assertThat(library.resources(List.of(), "", 0, 10)).extracting(ResourceRow::kind)
                    .contains(ResourceKind.PAPER, ResourceKind.RECORDING);
            ResourceRow storyboardRow = library.resources(List.of(ResourceKind.STORYBOARD), "", 0, 10).getFirst();
            StoryboardPage storyboard = storyboards.storyboard(storyboardRow.id()).orElseThrow();
            assertThat(storyboard.team().name()).isEqualTo("Southside Chicago Partnership");
            assertThat(storyboard.mayEdit()).isTrue();
            assertThat(storyboards.countComments(storyboard.resourceId())).isEqualTo(3);
            // South Bronx's private challenge is not visible to a Southside member
            assertThat(spaces).extracting(SpaceOverview::name).doesNotContain("South Bronx Partnership");
        });
    }

    @Test
    void theDemoCoachTakesBookingsOnWeekdaysAndRosaHasACallComingUp() {
        PersonProfile marcus = accounts.findByEmail("marcus.bell@pdhe.example").orElseThrow();
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();

        MyAvailability hours = actingAs.call(marcus.id(), () -> coachingAvailability.mine());
        assertThat(hours.saved()).isTrue();
        assertThat(hours.policy().weekly()).extracting(rule -> rule.day())
                .doesNotContain(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        List<CoachingCall> upcoming = actingAs.call(rosa.id(), () -> coachingCalls.myUpcoming(10));
        assertThat(upcoming).singleElement().satisfies(call -> {
            assertThat(call.coachName()).isEqualTo("Marcus Bell");
            assertThat(call.thread()).isNotNull();
            assertThat(call.agenda()).contains("Spanish text reminders");
        });
    }

    @Test
    void theDemoCalendarAlwaysHasSomethingComingUp() {
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();
        actingAs.run(rosa.id(), () -> {
            List<EventSummary> upcoming = events.upcoming(50);
            assertThat(upcoming).extracting(EventSummary::kind).contains(EventKind.LEARNING_SESSION,
                    EventKind.OFFICE_HOURS, EventKind.FIRESIDE_CHAT, EventKind.WEBINAR, EventKind.TEAM_MEETING);
            EventSummary officeHours = upcoming.stream().filter(event -> event.kind() == EventKind.OFFICE_HOURS)
                    .findFirst().orElseThrow();
            assertThat(officeHours.myResponse()).isEqualTo(RsvpStatus.GOING);
            assertThat(officeHours.seatsLeft()).isEqualTo(2);
            assertThat(events.event(upcoming.stream().filter(event -> event.kind() == EventKind.LEARNING_SESSION)
                    .findFirst().orElseThrow().id()).materials()).hasSize(2);
        });
        PersonProfile elena = accounts.findByEmail("elena.chavez@valledelsol.example").orElseThrow();
        // another team's huddles and the office hours for two other teams are not in Rio Grande's calendar; the
        // community's office hours, hosted by alumna Latoya, are (Elena joined the community and is going)
        actingAs.run(elena.id(), () -> {
            List<EventSummary> upcoming = events.upcoming(50);
            assertThat(upcoming).filteredOn(event -> !event.community()).extracting(EventSummary::kind)
                    .doesNotContain(EventKind.TEAM_MEETING, EventKind.OFFICE_HOURS);
            assertThat(upcoming).filteredOn(EventSummary::community).singleElement().satisfies(event -> {
                assertThat(event.title()).isEqualTo("Office hours: starting REaL data collection");
                assertThat(event.myResponse()).isEqualTo(RsvpStatus.GOING);
                assertThat(events.event(event.id()).hostName()).isEqualTo("Latoya Jenkins");
            });
        });
    }

    @Test
    void theFirstLearningCallIsOverAndRosaAttendedIt() {
        PersonProfile dana = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();
        actingAs.run(dana.id(), () -> {
            Instant now = Instant.now();
            EventSummary firstCall = events.between(now.minus(Duration.ofDays(40)), now, CalendarFilter.EVERYTHING)
                    .stream().filter(event -> event.kind() == EventKind.LEARNING_SESSION).findFirst().orElseThrow();
            assertThat(firstCall.end()).isBefore(now);
            assertThat(attendance.sheet(firstCall.id()).attendees()).extracting(Attendee::personId)
                    .contains(rosa.id()).doesNotContain(dana.id());
        });
    }

    @Test
    void rosaHasTheLearningCallToEvaluateAndTheRecordingToAttestWhileLatoyaHasHerCertificate() {
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();
        PersonProfile latoya = accounts.findByEmail("latoya.jenkins@deltarhc.example").orElseThrow();
        actingAs.run(rosa.id(), () -> {
            assertThat(accounts.myProfile().profession()).isEqualTo(Profession.NURSE);
            assertThat(creditClaims.myActivities()).singleElement().satisfies(calls -> {
                assertThat(calls.title()).isEqualTo("Monthly all-teams learning calls");
                assertThat(calls.windowOpen()).isTrue();
                assertThat(calls.evaluated()).isFalse();
                assertThat(calls.claimable()).containsOnlyKeys(CreditType.ANCC_CONTACT_HOURS, CreditType.IPCE_CREDIT);
            });
            assertThat(creditClaims.recordingsToAttest()).extracting(RecordingToAttest::title)
                    .containsExactly("Learning Session 1: REaL data collection (recording)");
            assertThat(mocAttestations.myProjects()).as("MOC Part IV points are not for a nurse").isEmpty();
            assertThat(mocAttestations.waitingForMe()).singleElement().satisfies(waiting ->
                    assertThat(waiting.personName()).isEqualTo("Emily Novak"));
        });
        actingAs.run(latoya.id(), () -> assertThat(creditClaims.myCredits()).singleElement().satisfies(credit -> {
            assertThat(credit.creditType()).isEqualTo(CreditType.AMA_PRA_CATEGORY_1);
            assertThat(creditClaims.verify(credit.verificationCode())).isPresent();
        }));
    }

    @Test
    void southsideHasReportedHbA1cControlEveryMonthButTheLastAndItsChartSignalsTheImprovement() {
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();
        actingAs.run(rosa.id(), () -> {
            Measures.TeamMeasure control = measures.myTeamMeasures().stream()
                    .filter(m -> m.measure().details().name().equals("HbA1c under 8%")).findFirst().orElseThrow();
            MeasureCharts.MeasureChart chart = measureCharts.teamChart(control.measure().id(), control.teamId(),
                    java.util.Locale.US);
            assertThat(chart.total().series().points()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(chart.strata()).extracting(MeasureCharts.Stratum::category).contains("English", "Spanish");
        });
    }

    @Test
    void southsidesPromotoraRampIsMarkedOnItsHbA1cChartWhereTheSpanishLineLifts() {
        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();
        actingAs.run(rosa.id(), () -> {
            Measures.TeamMeasure control = measures.myTeamMeasures().stream()
                    .filter(m -> m.measure().details().name().equals("HbA1c under 8%")).findFirst().orElseThrow();
            PdsaBoard board = pdsa.board(control.teamId());
            assertThat(board.changeIdeas()).extracting(idea -> idea.details().title()).containsExactly(
                    "Spanish-language diabetes education with a promotora", "Text message reminders for A1c lab draws");
            Ramp promotora = board.ramps().stream().filter(ramp -> ramp.cycles().size() == 3).findFirst()
                    .orElseThrow();
            assertThat(promotora.cycles()).extracting(CycleRef::status).containsOnly(CycleStatus.COMPLETED);
            assertThat(promotora.cycles()).extracting(CycleRef::act)
                    .containsExactly(ActDecision.ADAPT, ActDecision.ADAPT, ActDecision.ADOPT);
            assertThat(board.ramps()).flatExtracting(Ramp::cycles)
                    .filteredOn(cycle -> cycle.status() == CycleStatus.IN_PROGRESS).singleElement()
                    .satisfies(running -> {
                        assertThat(pdsa.cycle(running.id()).measures()).hasSize(2);
                        assertThat(pdsa.cycle(running.id()).threads()).singleElement()
                                .satisfies(thread -> assertThat(thread.title()).startsWith("Text reminders"));
                        assertThat(pdsaComments.comments(running.id())).first()
                                .satisfies(comment -> assertThat(comment.authorName()).isEqualTo("Marcus Bell"));
                    });

            List<PdsaMarker> markers = pdsa.markers(control.teamId(), control.measure().id());
            assertThat(markers).extracting(PdsaMarker::label).containsExactlyInAnyOrder("PDSA 1", "PDSA 2", "PDSA 3",
                    "PDSA 4");
            YearMonth everyone = markers.stream().filter(m -> m.label().equals("PDSA 3")).findFirst()
                    .orElseThrow().month();
            MeasureCharts.MeasureChart chart = measureCharts.teamChart(control.measure().id(), control.teamId(),
                    java.util.Locale.US);
            assertThat(chart.total().series().points()).extracting(Point::month)
                    .as("every marker sits on a reported month").containsAll(markers.stream().map(PdsaMarker::month)
                            .toList());
            List<Point> spanish = chart.strata().stream().filter(stratum -> stratum.category().equals("Spanish"))
                    .findFirst().orElseThrow().values().series().points();
            double before = spanish.stream().filter(p -> p.month().equals(everyone.minusMonths(1))).findFirst()
                    .orElseThrow().value();
            double after = spanish.stream().filter(p -> p.month().equals(everyone)).findFirst().orElseThrow().value();
            assertThat(after - before).as("Spanish speakers' control lifts the month PDSA 3 starts")
                    .isGreaterThan(0.04);
        });
    }

    @Autowired
    Engagement engagement;
    @Autowired
    Community community;

    @Test
    void thePreviousCohortIsClosedAndItsAlumniAreInTheDirectory() {
        PersonProfile dana = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        actingAs.run(dana.id(), () -> assertThat(collaboratives.organisedByMe())
                .extracting(CollaborativeSummary::name, CollaborativeSummary::status)
                .containsExactly(tuple("3-EM Diabetes Care Collaborative", CollaborativeStatus.ACTIVE),
                        tuple("Hypertension Control Collaborative", CollaborativeStatus.ALUMNI)));

        PersonProfile rosa = accounts.findByEmail("rosa.martinez@southsidefhc.example").orElseThrow();
        actingAs.run(rosa.id(), () -> {
            assertThat(community.directory("", "pharmacist-led medication management", 0, 10))
                    .extracting(DirectoryEntry::displayName).contains("Kevin Tran");
            List<DirectoryEntry> workers = community.directory("", "community health workers", 0, 10);
            assertThat(workers).extracting(DirectoryEntry::displayName)
                    .contains("Ingrid Solberg", "Abdi Warsame", "Elena Chavez");
            DirectoryEntry ingrid = workers.stream().filter(e -> e.displayName().equals("Ingrid Solberg"))
                    .findFirst().orElseThrow();
            assertThat(ingrid.alumnus()).isTrue();
            assertThat(ingrid.history()).singleElement().satisfies(role -> {
                assertThat(role.role()).isEqualTo(Role.TEAM_LEAD);
                assertThat(role.teams()).containsExactly("Twin Cities Heart Partnership");
            });
            assertThat(ingrid.askMeAbout()).contains("after the grant");
            assertThat(community.directory("", "REaL data collection", 0, 10)).extracting(DirectoryEntry::displayName)
                    .contains("Mai Vang", "Latoya Jenkins");
        });

        PersonProfile latoya = accounts.findByEmail("latoya.jenkins@deltarhc.example").orElseThrow();
        actingAs.run(latoya.id(), () -> {
            assertThat(community.myHistory()).extracting(AlumniRole::collaborativeName)
                    .containsExactly("Hypertension Control Collaborative");
            SpaceOverview archive = discussions.mySpaces().stream()
                    .filter(space -> space.name().equals("Hypertension Control Collaborative"))
                    .findFirst().orElseThrow();
            assertThat(archive.readOnly()).isTrue();
            SpaceOverview communitySpace = discussions.mySpaces().stream()
                    .filter(space -> space.kind() == SpaceKind.COMMUNITY).findFirst().orElseThrow();
            long askTheAlumni = communitySpace.categories().stream()
                    .filter(c -> c.kind() == CategoryKind.ASK_THE_FACULTY).findFirst().orElseThrow().id();
            ThreadRow question = discussions.threads(askTheAlumni, 0, 10).getFirst();
            assertThat(question.title()).contains("community health workers");
            assertThat(discussions.posts(question.id(), 1, 10)).filteredOn(post -> post.solution()).singleElement()
                    .satisfies(answer -> assertThat(answer.authorName()).isEqualTo("Ingrid Solberg"));
        });

        PersonProfile ingrid = accounts.findByEmail("ingrid.solberg@cedarriversideclinic.example").orElseThrow();
        actingAs.run(ingrid.id(), () -> assertThat(creditClaims.myCredits()).singleElement()
                .satisfies(credit -> assertThat(credit.creditType()).isEqualTo(CreditType.ANCC_CONTACT_HOURS)));
    }

    @Test
    void theDashboardShowsMostTeamsActiveAndTwoNeedingAttentionForReasonsThatReadRight() {
        PersonProfile dana = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        actingAs.run(dana.id(), () -> {
            EngagementDashboard dashboard = engagement.dashboard(collaboratives.organisedByMe().getFirst().id());
            assertThat(dashboard.needsAttention()).extracting(TeamEngagement::teamName)
                    .containsExactlyInAnyOrder("Rio Grande Partnership", "Phoenix Valley Partnership");
            TeamEngagement rioGrande = dashboard.teams().stream()
                    .filter(team -> team.teamName().equals("Rio Grande Partnership")).findFirst().orElseThrow();
            assertThat(rioGrande.attention()).containsExactly("No measure data for 2 months",
                    "No coaching call in 60 days, none booked");
            TeamEngagement phoenix = dashboard.teams().stream()
                    .filter(team -> team.teamName().equals("Phoenix Valley Partnership")).findFirst().orElseThrow();
            assertThat(phoenix.attention()).containsExactly("No posts in 30 days", "No PDSA cycle started");
            assertThat(phoenix.monthsLate()).isPositive();
            assertThat(dashboard.teams()).filteredOn(team -> !team.needsAttention()).hasSize(4).allSatisfy(team -> {
                assertThat(team.callsHeld()).isPositive();
                assertThat(team.cyclesStarted()).isPositive();
                assertThat(team.monthsOnTime()).isPositive();
                assertThat(team.monthsLate()).isZero();
            });
        });
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = countPeople();

        context.publishEvent(new ApplicationReadyEvent(new org.springframework.boot.SpringApplication(),
                new String[0], (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));

        assertThat(countPeople()).isEqualTo(before);
    }

    private long countPeople() {
        PersonProfile organiser = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        return actingAs.call(organiser.id(), () -> memberships.countMembers(
                collaboratives.organisedByMe().getFirst().id(), ""));
    }
}
