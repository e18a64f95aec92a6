package org.allteach.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.measures.analysis.Point;
import org.allteach.measures.analysis.Series;
import org.allteach.measures.analysis.SignalRule;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A measure's charts: the team's series with its signals in words, strata and gaps, small strata left out of what is
 * shown beyond the team, and the collaborative's aggregate for coaches and organisers only.
 */
class MeasureChartsTest extends IntegrationTestBase {

    @Autowired
    Measures measures;

    @Autowired
    MeasureData data;

    @Autowired
    MeasureCharts charts;

    @Autowired
    Strata strata;

    @Autowired
    Collaboratives collaboratives;

    Scenario s;
    Dimension language;
    long screening;
    YearMonth first;

    /** A collaborative two years old; HbA1c screening reported by both teams, stratified by language. */
    @BeforeEach
    void defineMeasure() {
        s = scenarios.create();
        MeasureFixtures fixtures = new MeasureFixtures(actingAs, collaboratives, strata, measures);
        fixtures.startedMonthsAgo(s, 24);
        first = YearMonth.now().minusMonths(20);
        language = fixtures.dimension(s, "Preferred language");
        screening = fixtures.hba1cTested(s, Set.of(s.teamA(), s.teamB()), Set.of(language.id()));
    }

    long category(String label) {
        return language.categories().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().id();
    }

    /**
     * Twelve baseline months around 50% (51, 49, …) then eight of 70%; Spanish speakers 5 of 8 a month (a small
     * stratum), the rest English.
     */
    void recordTeamA() {
        for (int i = 0; i < 20; i++) {
            YearMonth month = first.plusMonths(i);
            int tested = i < 12 ? 51 - 2 * (i % 2) : 70 + (i % 2);
            Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
            byLanguage.put(category("English"), MonthValues.Entry.ratio(tested - 5, 92));
            byLanguage.put(category("Spanish"), MonthValues.Entry.ratio(5, 8));
            byLanguage.put(category("Other"), MonthValues.Entry.ratio(0, 0));
            byLanguage.put(category("Unknown or declined"), MonthValues.Entry.ratio(0, 0));
            as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                    new MonthValues(MonthValues.Entry.ratio(tested, 100), byLanguage, false)));
        }
    }

    @Test
    void theTeamSeesItsShiftInWordsAndEveryStratumWithItsGap() {
        recordTeamA();

        MeasureCharts.MeasureChart chart = as(s.participantA(), () -> charts.teamChart(screening, s.teamA(),
                Locale.US));

        assertThat(chart.suppressionThreshold()).isZero();
        assertThat(chart.total().series().points()).hasSize(20);
        assertThat(chart.total().runChart().signals()).anySatisfy(signal -> {
            assertThat(signal.rule()).isEqualTo(SignalRule.SHIFT);
            assertThat(signal.favourable()).isTrue();
        });
        assertThat(chart.total().signals()).noneSatisfy(words -> assertThat(words).contains("deterioration"));
        assertThat(chart.total().signals()).anySatisfy(words -> assertThat(words)
                .startsWith("Shift since " + first.plusMonths(12).getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, Locale.US)).contains("in the desired direction"));
        MeasureCharts.Stratum spanish = chart.strata().stream().filter(st -> st.category().equals("Spanish"))
                .findFirst().orElseThrow();
        assertThat(spanish.values().suppressed()).isEmpty();
        assertThat(spanish.difference().series().points()).hasSize(20);
        assertThat(spanish.ratio().series().points()).hasSize(20);
        assertThat(spanish.referenceCategory()).isEqualTo("English");
        assertThat(chart.strata().stream().filter(MeasureCharts.Stratum::reference))
                .singleElement().extracting(MeasureCharts.Stratum::category).isEqualTo("English");
    }

    @Test
    void beyondTheTeamASmallStratumIsLeftOutWithTheReason() {
        recordTeamA();

        MeasureCharts.MeasureChart coachView = as(s.coachA(), () -> charts.teamChart(screening, s.teamA(),
                Locale.US));

        assertThat(coachView.suppressionThreshold()).isEqualTo(11);
        MeasureCharts.Stratum spanish = coachView.strata().stream().filter(st -> st.category().equals("Spanish"))
                .findFirst().orElseThrow();
        assertThat(spanish.values().series().points()).isEmpty();
        assertThat(spanish.values().suppressed()).hasSize(20);
        assertThat(coachView.total().series().points()).hasSize(20);
    }

    @Test
    void anotherTeamSeesNoneOfItAndOnlyCoachesAndOrganisersSeeTheAggregate() {
        recordTeamA();
        as(s.participantB(), () -> data.record(screening, s.teamB(), first,
                new MonthValues(MonthValues.Entry.ratio(30, 40), Map.of(), false)));

        assertThatThrownBy(() -> as(s.participantB(), () -> charts.teamChart(screening, s.teamA(), Locale.US)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantA(), () -> charts.collaborativeChart(screening, Locale.US)))
                .isInstanceOf(NoSuchElementException.class);

        MeasureCharts.MeasureChart aggregate = as(s.organiser(), () -> charts.collaborativeChart(screening,
                Locale.US));
        assertThat(aggregate.total().series().points().getFirst().numerator()).as("51 + 30").isEqualTo(81.0);
        assertThat(aggregate.total().series().points().getFirst().denominator()).isEqualTo(140.0);
        assertThat(aggregate.strata().stream().filter(st -> st.category().equals("Spanish")).findFirst()
                .orElseThrow().values().suppressed()).hasSize(20);
    }

    @Test
    void aSustainedShiftSuggestsRecalculatingTheLimitsAndTheNewPhaseTakesItsOwn() {
        recordTeamA();
        MeasureCharts.MeasureChart before = as(s.participantA(), () -> charts.teamChart(screening, s.teamA(),
                Locale.US));
        YearMonth shift = first.plusMonths(12);
        assertThat(before.total().spc().suggestedRecalculation()).contains(shift);

        as(s.participantA(), () -> data.recalculateFrom(screening, s.teamA(), shift, "Reminders in Spanish adopted"));

        MeasureCharts.MeasureChart after = as(s.participantA(), () -> charts.teamChart(screening, s.teamA(),
                Locale.US));
        assertThat(after.total().spc().phases()).hasSize(2);
        assertThat(after.total().spc().points().getLast().centre()).isGreaterThan(0.69);
        assertThat(after.total().spc().suggestedRecalculation()).isEmpty();
        assertThatThrownBy(() -> as(s.participantB(), () -> data.recalculateFrom(screening, s.teamA(), shift, "")))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aGroupCatchingUpWithTheReferenceIsANarrowingGapAsADifferenceAndAsARatio() {
        // English steady at 70–71%; Spanish at 40–44% for the twelve baseline months, then 66–68%.
        for (int i = 0; i < 20; i++) {
            YearMonth month = first.plusMonths(i);
            int english = 70 + i % 2;
            int spanish = i < 12 ? 20 + 2 * (i % 2) : 33 + i % 2;
            Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
            byLanguage.put(category("English"), MonthValues.Entry.ratio(english, 100));
            byLanguage.put(category("Spanish"), MonthValues.Entry.ratio(spanish, 50));
            byLanguage.put(category("Other"), MonthValues.Entry.ratio(0, 0));
            byLanguage.put(category("Unknown or declined"), MonthValues.Entry.ratio(0, 0));
            as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                    new MonthValues(MonthValues.Entry.ratio(english + spanish, 150), byLanguage, false)));
        }

        MeasureCharts.Stratum spanish = as(s.participantA(), () -> charts.teamChart(screening, s.teamA(),
                Locale.US)).strata().stream().filter(st -> st.category().equals("Spanish")).findFirst().orElseThrow();

        assertThat(spanish.difference().series().points().getFirst().value()).isCloseTo(-0.30, within(1e-9));
        assertThat(spanish.ratio().series().points().getFirst().value()).isCloseTo(40.0 / 70, within(1e-9));
        // The shift starts with the last baseline month, which is already above the baseline's median gap.
        String since = "since " + first.plusMonths(11).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US));
        for (MeasureCharts.GapForm form : MeasureCharts.GapForm.values()) {
            MeasureCharts.Analysed gap = spanish.gap(form);
            assertThat(gap.series().direction()).as("below the reference, the gap closes upward")
                    .isEqualTo(Direction.UP);
            assertThat(gap.runChart().signals()).as(form.name()).anySatisfy(signal -> {
                assertThat(signal.rule()).isEqualTo(SignalRule.SHIFT);
                assertThat(signal.favourable()).isTrue();
            });
            assertThat(gap.signals()).as(form.name()).contains("Spanish: gap to English narrowing — shift " + since
                    + ", 9 months closer to the reference group.");
        }
    }

    @Test
    void aMeanHasARatioOnlyOnARatioScaleAndACountNone() {
        Series days = Series.of(DataKind.MEAN, Direction.DOWN, List.of(Point.of(first, 12), Point.of(first
                .plusMonths(1), 9)));
        Series changeScore = Series.of(DataKind.MEAN, Direction.UP, List.of(Point.of(first, 2), Point.of(first
                .plusMonths(1), -1)));
        Series counts = Series.of(DataKind.COUNT, Direction.DOWN, List.of(Point.of(first, 3)));

        assertThat(MeasureCharts.hasRatio(days, days)).isTrue();
        assertThat(MeasureCharts.hasRatio(days, changeScore)).isFalse();
        assertThat(MeasureCharts.hasRatio(counts, counts)).isFalse();
    }

    Map<Long, MonthValues.Entry> languages(int[] english, int[] spanish, int[] other, int[] unknown) {
        Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
        byLanguage.put(category("English"), MonthValues.Entry.ratio(english[0], english[1]));
        byLanguage.put(category("Spanish"), MonthValues.Entry.ratio(spanish[0], spanish[1]));
        byLanguage.put(category("Other"), MonthValues.Entry.ratio(other[0], other[1]));
        byLanguage.put(category("Unknown or declined"), MonthValues.Entry.ratio(unknown[0], unknown[1]));
        return byLanguage;
    }

    MeasureCharts.Stratum stratum(MeasureCharts.MeasureChart chart, String label) {
        return chart.strata().stream().filter(st -> st.category().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theGroupThatWouldGiveASmallOneAwayBySubtractionIsHiddenWithIt() {
        // Spanish 5 of 8 is small; the total minus English and Other would give it back, so Other (12, the smallest
        // group shown) is hidden with it. An empty group has nobody to recognise and stays.
        as(s.participantA(), () -> data.record(screening, s.teamA(), first, new MonthValues(
                MonthValues.Entry.ratio(70, 100), languages(new int[] {60, 80}, new int[] {5, 8},
                new int[] {5, 12}, new int[] {0, 0}), false)));

        MeasureCharts.MeasureChart coachView = as(s.coachA(), () -> charts.teamChart(screening, s.teamA(),
                Locale.US));

        assertThat(stratum(coachView, "Spanish").values().suppressed()).containsExactly(first);
        assertThat(stratum(coachView, "Other").values().suppressed()).containsExactly(first);
        assertThat(stratum(coachView, "English").values().series().points()).hasSize(1);
        assertThat(stratum(coachView, "English").values().suppressed()).isEmpty();
    }

    @Test
    void theAggregateHidesAGroupThatIsSmallInAnyTeamSoNoTeamIsFoundBySubtraction() {
        // Spanish: 8 in team A (small), 40 in team B; together 48. The coach sees team B's 40, so the aggregate's 48
        // would give team A's 8 away.
        as(s.participantA(), () -> data.record(screening, s.teamA(), first, new MonthValues(
                MonthValues.Entry.ratio(70, 100), languages(new int[] {60, 80}, new int[] {5, 8},
                new int[] {5, 12}, new int[] {0, 0}), false)));
        as(s.participantB(), () -> data.record(screening, s.teamB(), first, new MonthValues(
                MonthValues.Entry.ratio(90, 120), languages(new int[] {60, 80}, new int[] {30, 40},
                new int[] {0, 0}, new int[] {0, 0}), false)));

        MeasureCharts.MeasureChart aggregate = as(s.organiser(), () -> charts.collaborativeChart(screening,
                Locale.US));
        MeasureCharts.MeasureChart teamB = as(s.organiser(), () -> charts.teamChart(screening, s.teamB(),
                Locale.US));

        assertThat(stratum(teamB, "Spanish").values().series().points()).hasSize(1);
        assertThat(stratum(aggregate, "Spanish").values().suppressed()).containsExactly(first);
        assertThat(stratum(aggregate, "Spanish").values().series().points()).isEmpty();
    }

    @Test
    void aCountsGroupsAreHiddenByTheirOwnSizeAndAMeansGroupsAlways() {
        long falls = as(s.organiser(), () -> measures.create(new MeasureDetails(s.collaborativeId(), "Falls",
                MeasureType.BALANCING, DataKind.COUNT, null, "falls", "Falls in the clinic.", Direction.DOWN, null,
                12, Set.of(s.teamA()), Set.of(language.id()))));
        long wait = as(s.organiser(), () -> measures.create(new MeasureDetails(s.collaborativeId(), "Wait",
                MeasureType.PROCESS, DataKind.MEAN, null, "days", "Days to the next appointment.", Direction.DOWN,
                null, 12, Set.of(s.teamA()), Set.of(language.id()))));
        Map<Long, MonthValues.Entry> fallsByLanguage = new HashMap<>();
        Map<Long, MonthValues.Entry> waitByLanguage = new HashMap<>();
        int[] counts = {20, 2, 15, 0};
        String[] labels = {"English", "Spanish", "Other", "Unknown or declined"};
        for (int i = 0; i < labels.length; i++) {
            fallsByLanguage.put(category(labels[i]), MonthValues.Entry.of(java.math.BigDecimal.valueOf(counts[i])));
            waitByLanguage.put(category(labels[i]), MonthValues.Entry.of(java.math.BigDecimal.valueOf(10 + i)));
        }
        as(s.participantA(), () -> data.record(falls, s.teamA(), first, new MonthValues(
                MonthValues.Entry.of(java.math.BigDecimal.valueOf(37)), fallsByLanguage, false)));
        as(s.participantA(), () -> data.record(wait, s.teamA(), first, new MonthValues(
                MonthValues.Entry.of(java.math.BigDecimal.valueOf(11)), waitByLanguage, false)));

        MeasureCharts.MeasureChart fallsSeen = as(s.coachA(), () -> charts.teamChart(falls, s.teamA(), Locale.US));
        MeasureCharts.MeasureChart waitSeen = as(s.coachA(), () -> charts.teamChart(wait, s.teamA(), Locale.US));

        assertThat(stratum(fallsSeen, "Spanish").values().suppressed()).as("2 falls").containsExactly(first);
        assertThat(stratum(fallsSeen, "Other").values().suppressed()).as("with it: 15").containsExactly(first);
        assertThat(stratum(fallsSeen, "English").values().series().points()).hasSize(1);
        assertThat(waitSeen.strata()).allSatisfy(st -> assertThat(st.values().suppressed()).containsExactly(first));
        assertThat(as(s.participantA(), () -> charts.teamChart(wait, s.teamA(), Locale.US)).strata())
                .allSatisfy(st -> assertThat(st.values().series().points()).hasSize(1));
    }
}
