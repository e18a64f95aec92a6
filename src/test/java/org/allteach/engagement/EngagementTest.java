package org.allteach.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.Element;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.Teams;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.PostTally;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.QueryCounter;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's numbers, each counted by its feature: exact per team, members' doings only (not the coach's), the
 * same number of queries for 2 teams as for 6, and only organisers and coaches (their own teams) may see it.
 */
class EngagementTest extends IntegrationTestBase {

    @Autowired
    Engagement engagement;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Teams teams;
    @Autowired
    org.allteach.collaborative.Collaboratives collaboratives;
    @Autowired
    Memberships memberships;
    @Autowired
    Discussions discussions;

    /** Scenarios' people live in Chicago; the dashboard counts months and due dates in the viewer's zone. */
    private static final java.time.ZoneId ORGANISERS_ZONE = java.time.ZoneId.of("America/Chicago");

    @Test
    void eachTeamsRowCountsWhatItsMembersDid() {
        Scenario s = scenarios.create();
        Built built = build(s);
        EngagementDashboard dashboard = as(s.organiser(), () -> engagement.dashboard(s.collaborativeId()));
        Map<Long, TeamEngagement> rows = byTeam(dashboard);
        TeamEngagement a = rows.get(s.teamA());
        TeamEngagement b = rows.get(s.teamB());
        YearMonth now = YearMonth.now(ORGANISERS_ZONE);

        assertThat(dashboard.zone()).isEqualTo(ORGANISERS_ZONE);
        assertThat(dashboard.months()).containsExactly(now.minusMonths(2), now.minusMonths(1), now);
        assertThat(a.members()).isEqualTo(2);
        assertThat(a.coachNames()).containsExactly(s.coachA().name());
        assertThat(a.postsThisMonth()).as("the coach's and organiser's posts are not the team's").isEqualTo(3);
        assertThat(a.postsByMonth()).containsExactly(0, 1, 3);
        assertThat(b.postsByMonth()).containsExactly(0, 0, 0);

        assertThat(a.sessionsExpected()).as("2 sessions for everyone × 2 members").isEqualTo(4);
        assertThat(a.sessionsAttended()).as("office hours, cancelled and future events and team B's meeting do not count")
                .isEqualTo(3);
        assertThat(a.attendancePercent()).isEqualTo(75);
        assertThat(b.sessionsExpected()).as("plus its team meeting, × 1 member").isEqualTo(3);
        assertThat(b.sessionsAttended()).isEqualTo(2);
        assertThat(b.attendancePercent()).isEqualTo(67);

        MonthStatus lastMonthIfNothing = LocalDate.now(ORGANISERS_ZONE).getDayOfMonth() > 15 ? MonthStatus.MISSING
                : MonthStatus.NOT_DUE;
        assertThat(a.measureMonths()).containsExactly(MonthStatus.ON_TIME, MonthStatus.ON_TIME, MonthStatus.NOT_DUE);
        assertThat(b.measureMonths()).containsExactly(MonthStatus.LATE, lastMonthIfNothing, MonthStatus.NOT_DUE);
        assertThat(a.monthsMissing()).isZero();

        assertThat(a.cyclesStarted()).isEqualTo(3);
        assertThat(a.cyclesCompleted()).isEqualTo(2);
        assertThat(b.cyclesStarted()).isZero();

        assertThat(a.callsHeld()).as("a cancelled call is not held, a booked one not yet").isEqualTo(1);
        assertThat(a.lastCall()).isEqualTo(built.lastCallA);
        assertThat(a.nextCall()).isEqualTo(built.nextCallA);
        assertThat(b.lastActivity()).as("its participant's direct message").isEqualTo(built.messageB);
        assertThat(b.callsHeld()).isEqualTo(1);
        assertThat(b.nextCall()).isNull();

        assertThat(a.creditClaims()).as("activities claimed, each once whatever its credit types").isEqualTo(3);
        assertThat(b.creditClaims()).isEqualTo(1);

        assertThat(a.lastActivity()).as("the latest post, measure value, PDSA change or call")
                .isEqualTo(List.of(built.lastPostA, built.lastCallA, built.lastMeasureA, built.lastCycleA).stream()
                        .max(Instant::compareTo).orElseThrow());
        assertThat(a.attention()).isEmpty();
        assertThat(b.attention()).contains("No coaching call in 60 days, none booked", "No posts in 30 days");
        assertThat(dashboard.needsAttention()).extracting(TeamEngagement::teamId).containsExactly(s.teamB());
    }

    @Test
    void aPostOnTheLastEveningOfAMonthCountsInThatMonthOfTheViewersZone() {
        Scenario s = scenarios.create();
        EngagementRows rows = new EngagementRows(jdbc);
        Instant thisMonthStart = YearMonth.now(ORGANISERS_ZONE).atDay(1).atStartOfDay(ORGANISERS_ZONE).toInstant();
        // already this month in UTC, still last month in Chicago
        rows.post(s.collaborativeId(), s.teamA(), s.participantA().id(), thisMonthStart.minusSeconds(30));
        rows.post(s.collaborativeId(), s.teamA(), s.participantA().id(), thisMonthStart.plusSeconds(30));

        TeamEngagement a = byTeam(as(s.organiser(), () -> engagement.dashboard(s.collaborativeId()))).get(s.teamA());

        assertThat(a.postsByMonth()).containsExactly(0, 1, 1);
        assertThat(a.postsThisMonth()).isEqualTo(1);
    }

    @Test
    void postsAreCountedInTheMonthsOfTheZoneAcrossDaylightSaving() {
        Scenario s = scenarios.create();
        EngagementRows rows = new EngagementRows(jdbc);
        long c = s.collaborativeId();
        long author = s.participantA().id();
        rows.post(c, s.teamA(), author, Instant.parse("2026-03-01T05:30:00Z")); // 23:30 on 28 February (CST)
        rows.post(c, s.teamA(), author, Instant.parse("2026-03-01T06:30:00Z")); // 00:30 on 1 March
        rows.post(c, s.teamA(), author, Instant.parse("2026-04-01T04:30:00Z")); // 23:30 on 31 March (CDT)
        rows.post(c, s.teamA(), author, Instant.parse("2026-04-01T05:30:00Z")); // 00:30 on 1 April

        List<PostTally> tallies = as(s.organiser(), () -> discussions.postTallies(c,
                List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), ORGANISERS_ZONE));

        assertThat(tallies).filteredOn(tally -> tally.personId() == author)
                .extracting(PostTally::month, PostTally::posts)
                .containsExactlyInAnyOrder(tuple(YearMonth.of(2026, 3), 2L),
                        tuple(YearMonth.of(2026, 4), 1L));
    }

    @Test
    void theTeamsOfAClosedCollaborativeNeedNoAttention() {
        Scenario s = scenarios.create();
        build(s);
        assertThat(as(s.organiser(), () -> engagement.dashboard(s.collaborativeId())).needsAttention()).isNotEmpty();

        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        assertThat(as(s.organiser(), () -> engagement.dashboard(s.collaborativeId())).needsAttention())
                .as("its teams are done, not idle").isEmpty();
    }

    @Test
    void theDashboardCostsAsManyQueriesForSixTeamsAsForTwo() {
        Scenario s = scenarios.create();
        build(s);
        long two = QueryCounter.count(() -> as(s.organiser(), () -> engagement.dashboard(s.collaborativeId())));

        EngagementRows rows = new EngagementRows(jdbc);
        actingAs.run(scenarios.admin().id(), () -> {
            for (int i = 1; i <= 4; i++) {
                long team = teams.addTeam(s.collaborativeId(), "Extra team " + i, List.of(clinic(s, "Extra " + i)))
                        .id();
                Person member = scenarios.newPerson("Extra Member");
                memberships.enrol(s.collaborativeId(), team, member.id(), Role.PARTICIPANT);
                memberships.enrol(s.collaborativeId(), team, s.coachA().id(), Role.COACH);
                rows.post(s.collaborativeId(), team, member.id(), Instant.now().minus(1, ChronoUnit.HOURS));
                rows.cycle(team, 1, "COMPLETED", member.id(), Instant.now().minus(3, ChronoUnit.DAYS));
                rows.call(s.collaborativeId(), team, s.coachA().id(), member.id(),
                        Instant.now().minus(2, ChronoUnit.DAYS), false);
            }
        });
        long six = QueryCounter.count(() -> as(s.organiser(), () -> {
            assertThat(engagement.dashboard(s.collaborativeId()).teams()).hasSize(6);
        }));

        assertThat(six).isEqualTo(two);
    }

    @Test
    void aCoachSeesOnlyTheTeamsTheyCoach() {
        Scenario s = scenarios.create();
        build(s);
        EngagementDashboard dashboard = as(s.coachA(), () -> engagement.dashboard(s.collaborativeId()));
        assertThat(dashboard.teams()).extracting(TeamEngagement::teamId).containsExactly(s.teamA());
        assertThat(as(s.coachA(), () -> engagement.followed())).extracting(c -> c.id())
                .containsExactly(s.collaborativeId());
    }

    @Test
    void participantsOutsidersAndOtherOrganisersMayNotSeeIt() {
        Scenario s = scenarios.create();
        Scenario other = scenarios.create();
        for (Person refused : List.of(s.participantA(), s.leadA(), s.outsider(), other.organiser(), other.coachA())) {
            as(refused, () -> {
                assertThatThrownBy(() -> engagement.dashboard(s.collaborativeId())).as(refused.name())
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        as(s.participantA(), () -> {
            assertThat(engagement.followed()).isEmpty();
        });
        as(scenarios.admin(), () -> {
            assertThat(engagement.dashboard(s.collaborativeId()).teams()).hasSize(2);
        });
    }

    @Test
    void theCsvHasARowPerTeamAndKeepsFormulasAsText() {
        Scenario s = scenarios.create();
        build(s);
        actingAs.run(scenarios.admin().id(), () -> teams.addTeam(s.collaborativeId(), "=HYPERLINK(\"x\")",
                List.of(clinic(s, "Formula clinic")))); 
        String csv = as(s.organiser(), () -> engagement.csv(s.collaborativeId()));
        List<String> lines = csv.lines().toList();

        assertThat(lines.getFirst()).isEqualTo(String.join(",", Engagement.CSV_HEADER));
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK(\"\"x\"\")\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(s.teamAName() + "," + s.coachA().name()
                + ",2,"));
    }

    @Test
    void aMonthIsDueByTheEndOfThe15thOfTheNextMonthInTheViewersZone() {
        YearMonth march = YearMonth.of(2026, 3);
        Instant deadline = Instant.parse("2026-04-16T05:00:00Z");
        Instant before = deadline.minusSeconds(1);
        assertThat(Engagement.status(march, null, before, ORGANISERS_ZONE)).isEqualTo(MonthStatus.NOT_DUE);
        assertThat(Engagement.status(march, null, deadline, ORGANISERS_ZONE)).isEqualTo(MonthStatus.MISSING);
        assertThat(Engagement.status(march, reported(before), deadline, ORGANISERS_ZONE))
                .isEqualTo(MonthStatus.ON_TIME);
        assertThat(Engagement.status(march, reported(deadline), deadline, ORGANISERS_ZONE))
                .isEqualTo(MonthStatus.LATE);
        assertThat(Engagement.status(march, null, before, ZoneOffset.UTC)).as("already past in UTC")
                .isEqualTo(MonthStatus.MISSING);
    }

    private static org.allteach.measures.MonthReported reported(Instant first) {
        return new org.allteach.measures.MonthReported(1, YearMonth.of(2026, 3), 1, first, first);
    }

    record Built(Instant lastPostA, Instant lastMeasureA, Instant lastCycleA, Instant lastCallA, Instant nextCallA,
                 Instant messageB) {
    }

    /**
     * Team A (lead and participant) and team B (one participant) over the collaborative's three months; the coach
     * and the organiser also post, attend and claim, which the teams' rows must leave out.
     */
    private Built build(Scenario s) {
        EngagementRows rows = new EngagementRows(jdbc);
        long c = s.collaborativeId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        YearMonth thisMonth = YearMonth.now(ORGANISERS_ZONE);
        Instant thisMonthStart = thisMonth.atDay(1).atStartOfDay(ORGANISERS_ZONE).toInstant();
        Instant lastMonthMid = thisMonth.minusMonths(1).atDay(10).atStartOfDay(ORGANISERS_ZONE).toInstant();
        Instant earlyThisMonth = thisMonthStart.plusSeconds(30);

        rows.post(c, s.teamA(), s.participantA().id(), earlyThisMonth);
        // within 30 days whatever the day of the month, unless the month began less than an hour ago
        Instant lastPostA = later(earlyThisMonth.plusSeconds(1), now.minus(1, ChronoUnit.HOURS));
        rows.post(c, s.teamA(), s.participantA().id(), lastPostA);
        rows.post(c, null, s.leadA().id(), earlyThisMonth);
        rows.post(c, null, s.leadA().id(), lastMonthMid);
        rows.post(c, s.teamA(), s.coachA().id(), earlyThisMonth);
        rows.post(c, null, s.organiser().id(), earlyThisMonth);

        long host = s.organiser().id();
        long session = rows.event(c, null, "LEARNING_SESSION", lastMonthMid, host, false);
        long webinar = rows.event(c, null, "WEBINAR", earlyThisMonth, host, false);
        long officeHours = rows.event(c, null, "OFFICE_HOURS", lastMonthMid, host, false);
        long cancelled = rows.event(c, null, "WEBINAR", lastMonthMid.plusSeconds(7200), host, true);
        long meetingB = rows.event(c, s.teamB(), "TEAM_MEETING", lastMonthMid, host, false);
        long future = rows.event(c, null, "LEARNING_SESSION", now.plus(3, ChronoUnit.DAYS), host, false);
        for (Person person : List.of(s.leadA(), s.participantA(), s.participantB(), s.coachA())) {
            rows.attended(session, person.id(), host);
        }
        rows.attended(webinar, s.participantA().id(), host);
        rows.attended(officeHours, s.leadA().id(), host);
        rows.attended(cancelled, s.leadA().id(), host);
        rows.attended(meetingB, s.participantB().id(), host);
        // another team's meeting is not one of team A's sessions
        rows.attended(meetingB, s.participantA().id(), host);
        rows.attended(future, s.leadA().id(), host);

        long measure = rows.measure(c, host, s.teamA(), s.teamB());
        YearMonth twoAgo = thisMonth.minusMonths(2);
        YearMonth oneAgo = thisMonth.minusMonths(1);
        Instant deadlineTwoAgo = oneAgo.atDay(16).atStartOfDay(ORGANISERS_ZONE).toInstant();
        rows.value(measure, s.teamA(), twoAgo, deadlineTwoAgo.minusSeconds(3600), s.leadA().id());
        rows.value(measure, s.teamB(), twoAgo, deadlineTwoAgo.plusSeconds(1800), s.participantB().id());
        Instant lastMeasureA = thisMonthStart.plusSeconds(10);
        rows.value(measure, s.teamA(), oneAgo, lastMeasureA, s.leadA().id());

        Instant tenDaysAgo = now.minus(10, ChronoUnit.DAYS);
        rows.cycle(s.teamA(), 1, "PLANNED", s.leadA().id(), tenDaysAgo);
        rows.cycle(s.teamA(), 2, "IN_PROGRESS", s.leadA().id(), tenDaysAgo);
        rows.cycle(s.teamA(), 3, "COMPLETED", s.leadA().id(), tenDaysAgo);
        rows.cycle(s.teamA(), 4, "COMPLETED", s.leadA().id(), tenDaysAgo);

        Instant lastCallA = tenDaysAgo.plusSeconds(60);
        Instant nextCallA = now.plus(5, ChronoUnit.DAYS);
        rows.call(c, s.teamA(), s.coachA().id(), s.leadA().id(), lastCallA, false);
        rows.call(c, s.teamA(), s.coachA().id(), s.leadA().id(), tenDaysAgo.plus(Duration.ofDays(2)), true);
        rows.call(c, s.teamA(), s.coachA().id(), s.leadA().id(), nextCallA, false);
        rows.call(c, s.teamB(), s.coachA().id(), s.participantB().id(), now.minus(70, ChronoUnit.DAYS), false);

        long first = rows.activity(c, session, host);
        long second = rows.activity(c, webinar, host);
        rows.claim(first, s.participantA().id(), "IPCE_CREDIT", earlyThisMonth);
        rows.claim(first, s.participantA().id(), "ANCC_CONTACT_HOURS", earlyThisMonth);
        rows.claim(first, s.leadA().id(), "IPCE_CREDIT", earlyThisMonth);
        rows.claim(second, s.leadA().id(), "IPCE_CREDIT", earlyThisMonth);
        rows.claim(first, s.coachA().id(), "IPCE_CREDIT", earlyThisMonth);
        rows.claim(first, s.participantB().id(), "IPCE_CREDIT", earlyThisMonth);
        Instant messageB = now.minus(2, ChronoUnit.HOURS);
        rows.message(c, s.participantB().id(), s.coachA().id(), messageB);
        rows.message(c, s.coachA().id(), s.participantB().id(), now.minus(1, ChronoUnit.HOURS));
        return new Built(lastPostA, lastMeasureA, tenDaysAgo, lastCallA, nextCallA, messageB);
    }

    private long clinic(Scenario s, String name) {
        return teams.addOrganisation(s.collaborativeId(), name + " " + Scenarios.unique(), Element.CLINIC, null).id();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Map<Long, TeamEngagement> byTeam(EngagementDashboard dashboard) {
        return dashboard.teams().stream().collect(Collectors.toMap(TeamEngagement::teamId, Function.identity()));
    }
}
