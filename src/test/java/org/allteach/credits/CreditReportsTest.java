package org.allteach.credits;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.Events;
import org.allteach.identity.Accounts;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.QueryCounter;
import org.allteach.support.Scenarios.Scenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.allteach.credits.CreditType.AMA_PRA_CATEGORY_1;
import static org.allteach.credits.CreditType.ANCC_CONTACT_HOURS;
import static org.allteach.credits.CreditType.PARTICIPATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisers' credit reports: the numbers, the period, the two CSVs, and who may see them. */
class CreditReportsTest extends IntegrationTestBase {

    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;
    @Autowired
    CreditReports reports;

    ReportFixtures fixtures;
    ReportFixtures.Built built;
    Scenario s;

    @BeforeEach
    void build() {
        fixtures = new ReportFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts);
        built = fixtures.build();
        s = built.scenario();
    }

    static Map<CreditType, BigDecimal> hours(Object... typeAndHours) {
        Map<CreditType, BigDecimal> hours = new java.util.EnumMap<>(CreditType.class);
        for (int i = 0; i < typeAndHours.length; i += 2) {
            hours.put((CreditType) typeAndHours[i], new BigDecimal((String) typeAndHours[i + 1]));
        }
        return hours;
    }

    static Map<CreditType, String> plain(Map<CreditType, BigDecimal> hours) {
        Map<CreditType, String> plain = new java.util.EnumMap<>(CreditType.class);
        hours.forEach((type, value) -> plain.put(type, value.stripTrailingZeros().toPlainString()));
        return plain;
    }

    @Test
    void byActivityCountsAttendanceEvaluationsClaimantsAndHoursPerType() {
        CreditReport report = as(s.organiser(), () -> reports.report(s.collaborativeId(), built.both()));

        assertThat(report.activities()).extracting(CreditReport.ByActivity::title, CreditReport.ByActivity::firstHeld,
                CreditReport.ByActivity::attended, CreditReport.ByActivity::evaluated,
                CreditReport.ByActivity::claimed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Learning Session 1", built.session1Day(), 5, 5, 5),
                org.assertj.core.groups.Tuple.tuple("Learning Session 2", built.session2Day(), 1, 1, 1));
        assertThat(plain(report.activities().get(0).hours())).isEqualTo(Map.of(AMA_PRA_CATEGORY_1, "2.5",
                ANCC_CONTACT_HOURS, "1.25", PARTICIPATION, "3"));
        assertThat(plain(report.activities().get(1).hours())).isEqualTo(Map.of(AMA_PRA_CATEGORY_1, "2"));
        assertThat(report.totals().attended()).isEqualTo(5);
        assertThat(report.totals().evaluated()).isEqualTo(6);
        assertThat(report.totals().claimed()).isEqualTo(5);
        assertThat(report.totals().claims()).isEqualTo(6);
        assertThat(plain(report.totals().hours())).isEqualTo(Map.of(AMA_PRA_CATEGORY_1, "4.5",
                ANCC_CONTACT_HOURS, "1.25", PARTICIPATION, "3"));
        assertThat(report.creditTypes()).containsExactly(AMA_PRA_CATEGORY_1, ANCC_CONTACT_HOURS, PARTICIPATION);
    }

    @Test
    void byTeamGroupsLearnersByTheirTeamAndCoachesUnderNoTeam() {
        CreditReport report = as(s.organiser(), () -> reports.report(s.collaborativeId(), built.both()));

        assertThat(report.teams()).extracting(CreditReport.ByTeam::teamName, CreditReport.ByTeam::claimed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.teamAName(), 2),
                        org.assertj.core.groups.Tuple.tuple(s.teamBName(), 1),
                        org.assertj.core.groups.Tuple.tuple("No team", 2));
        assertThat(plain(report.teams().get(0).hours())).isEqualTo(Map.of(AMA_PRA_CATEGORY_1, "3.5",
                ANCC_CONTACT_HOURS, "1.25"));
        assertThat(plain(report.teams().get(1).hours())).isEqualTo(Map.of(AMA_PRA_CATEGORY_1, "1"));
        assertThat(plain(report.teams().get(2).hours())).isEqualTo(Map.of(PARTICIPATION, "3"));
    }

    @Test
    void byCreditTypeCountsLearnersOnceAndEveryClaim() {
        CreditReport report = as(s.organiser(), () -> reports.report(s.collaborativeId(), built.both()));

        assertThat(report.types()).extracting(CreditReport.ByType::type, CreditReport.ByType::learners,
                CreditReport.ByType::claims, type -> type.hours().stripTrailingZeros().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AMA_PRA_CATEGORY_1, 2, 3, "4.5"),
                org.assertj.core.groups.Tuple.tuple(ANCC_CONTACT_HOURS, 1, 1, "1.25"),
                org.assertj.core.groups.Tuple.tuple(PARTICIPATION, 2, 2, "3"));
    }

    @Test
    void thePeriodLeavesOutWhatHappenedOutsideIt() {
        CreditReport first = as(s.organiser(), () -> reports.report(s.collaborativeId(), built.first()));

        assertThat(first.activities()).extracting(CreditReport.ByActivity::title)
                .containsExactly("Learning Session 1");
        assertThat(plain(first.teams().get(0).hours())).containsEntry(AMA_PRA_CATEGORY_1, "1.5");
        assertThat(first.types()).extracting(CreditReport.ByType::claims).containsExactly(2, 1, 2);

        ReportPeriod before = new ReportPeriod(built.session1Day().minusDays(30), built.session1Day().minusDays(2));
        assertThat(as(s.organiser(), () -> reports.report(s.collaborativeId(), before)).isEmpty()).isTrue();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        ReportPeriod backwards = new ReportPeriod(built.session1Day(), built.session1Day().minusDays(1));

        assertThatThrownBy(() -> as(s.organiser(), () -> reports.report(s.collaborativeId(), backwards)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("period", "The period must end on or after its first day."));
    }

    @Test
    void theQuickPeriodsAreThisYearLastYearAndTheWholeCollaborative() {
        Map<String, ReportPeriod> periods = as(s.organiser(), () -> reports.quickPeriods(s.collaborativeId()));

        int year = java.time.LocalDate.now(clock.withZone(ReportFixtures.CHICAGO)).getYear();
        assertThat(periods.keySet()).containsExactly("This year", "Last year", "Whole collaborative");
        assertThat(periods.get("This year")).isEqualTo(ReportPeriod.year(year));
        assertThat(periods.get("Last year")).isEqualTo(ReportPeriod.year(year - 1));
        assertThat(periods.get("Whole collaborative").from()).isEqualTo(java.time.LocalDate.now().minusMonths(2));
    }

    @Test
    void theAccreditorCsvHasOneRowPerActivityAndCreditTypeWithLearnersByProfession() throws IOException {
        String csv = as(s.organiser(), () -> reports.accreditorCsv(s.collaborativeId(), built.first()));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))
                .getRecords();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("activity title,activity type,start date,"
                + "end date,credit type,max hours offered,total hours claimed,learners claiming,learners: Physician,"
                + "learners: Nurse,").endsWith("learners: Profession not given,\"attended, did not claim\"");
        assertThat(rows).hasSize(3);
        CSVRecord ama = rows.get(0);
        assertThat(ama.get("activity title")).isEqualTo("Learning Session 1");
        assertThat(ama.get("activity type")).isEqualTo("Live event (course)");
        assertThat(ama.get("start date")).isEqualTo(built.session1Day().toString());
        assertThat(ama.get("end date")).isEqualTo(built.session1Day().toString());
        assertThat(ama.get("credit type")).isEqualTo(AMA_PRA_CATEGORY_1.label());
        assertThat(ama.get("max hours offered")).isEqualTo("1.5");
        assertThat(ama.get("total hours claimed")).isEqualTo("2.5");
        assertThat(ama.get("learners claiming")).isEqualTo("2");
        assertThat(ama.get("learners: Physician")).isEqualTo("2");
        assertThat(ama.get("learners: Nurse")).isEqualTo("0");
        assertThat(ama.get("attended, did not claim")).isEqualTo("0");
        CSVRecord ancc = rows.get(1);
        assertThat(ancc.get("credit type")).isEqualTo(ANCC_CONTACT_HOURS.label());
        assertThat(ancc.get("learners: Nurse")).isEqualTo("1");
        assertThat(ancc.get("total hours claimed")).isEqualTo("1.25");
        CSVRecord participation = rows.get(2);
        assertThat(participation.get("learners claiming")).isEqualTo("2");
        assertThat(participation.get("learners: Physician")).isEqualTo("0");
        assertThat(participation.get("learners: Profession not given")).isEqualTo("2");
    }

    @Test
    void theClaimsCsvListsEveryClaimWithLearnerTeamAndCertificateCode() throws IOException {
        String csv = as(s.organiser(), () -> reports.claimsCsv(s.collaborativeId(), built.both()));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))
                .getRecords();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CreditReports.CLAIMS_HEADER));
        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(row -> row.get("learner")).containsOnly(s.participantA().name(),
                s.leadA().name(), s.participantB().name(), s.coachA().name(), s.organiser().name());
        CSVRecord lead = rows.stream().filter(row -> row.get("learner").equals(s.leadA().name())).findFirst()
                .orElseThrow();
        assertThat(lead.get("email")).isEqualTo(s.leadA().email());
        assertThat(lead.get("profession")).isEqualTo("Nurse");
        assertThat(lead.get("team")).isEqualTo(s.teamAName());
        assertThat(lead.get("activity")).isEqualTo("Learning Session 1");
        assertThat(lead.get("credit type")).isEqualTo(ANCC_CONTACT_HOURS.label());
        assertThat(lead.get("hours")).isEqualTo("1.25");
        String code = as(s.leadA(), () -> claims.myCredits().getFirst().verificationCode());
        assertThat(lead.get("certificate code")).isEqualTo(code);
        CSVRecord coach = rows.stream().filter(row -> row.get("learner").equals(s.coachA().name())).findFirst()
                .orElseThrow();
        assertThat(coach.get("team")).isEqualTo("No team");
        assertThat(coach.get("profession")).isEqualTo("Profession not given");
    }

    @Test
    void participantsAndCoachesAreRefused() {
        for (var person : List.of(s.participantA(), s.coachA(), s.leadA(), s.outsider())) {
            assertThatThrownBy(() -> as(person, () -> reports.report(s.collaborativeId(), built.both())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(person, () -> reports.accreditorCsv(s.collaborativeId(), built.both())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(person, () -> reports.claimsCsv(s.collaborativeId(), built.both())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anotherCollaborativesCreditNeverAppears() {
        ReportFixtures.Built other = fixtures.build();
        Scenario o = other.scenario();

        CreditReport report = as(s.organiser(), () -> reports.report(s.collaborativeId(), built.both()));
        String claimsCsv = as(s.organiser(), () -> reports.claimsCsv(s.collaborativeId(), built.both()));

        assertThat(report.totals().claims()).isEqualTo(6);
        assertThat(report.teams()).extracting(CreditReport.ByTeam::teamName).doesNotContain(o.teamAName());
        assertThat(claimsCsv).doesNotContain(o.participantA().email());
        assertThatThrownBy(() -> as(s.organiser(), () -> reports.report(o.collaborativeId(), built.both())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReportsCostTheSameQueriesHoweverManyClaims() {
        long few = QueryCounter.count(() -> as(s.organiser(), () -> {
            reports.report(s.collaborativeId(), built.first());
            reports.accreditorCsv(s.collaborativeId(), built.first());
        }));
        long many = QueryCounter.count(() -> as(s.organiser(), () -> {
            reports.report(s.collaborativeId(), built.both());
            reports.accreditorCsv(s.collaborativeId(), built.both());
        }));

        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThan(40);
    }
}
