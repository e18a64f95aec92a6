package org.allteach.measures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measure definitions and a team's monthly values: who may define and enter them, and what is refused. */
class MeasureDataTest extends IntegrationTestBase {

    @Autowired
    Measures measures;

    @Autowired
    MeasureData data;

    @Autowired
    Strata strata;

    Scenario s;
    Dimension language;
    long screening;

    /** HbA1c screening, a proportion reported by team A, stratified by preferred language. */
    @BeforeEach
    void defineMeasure() {
        s = scenarios.create();
        language = as(s.participantA(), () -> strata.dimensions(s.collaborativeId())).stream()
                .filter(d -> d.name().equals("Preferred language")).findFirst().orElseThrow();
        screening = as(s.organiser(), () -> measures.create(screening(Set.of(s.teamA()))));
    }

    MeasureDetails screening(Set<Long> teams) {
        return new MeasureDetails(s.collaborativeId(), "HbA1c tested in the last 6 months", MeasureType.PROCESS,
                DataKind.PROPORTION, null, null, "Adults 18-75 with diabetes seen this month (denominator) who had "
                + "an HbA1c result in the 6 months before the visit (numerator). Source: EHR registry.", Direction.UP,
                new BigDecimal("0.80"), 12, teams, Set.of(language.id()));
    }

    long category(String label) {
        return language.categories().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void aNewCollaborativeStartsWithTheDefaultStrataAndReferenceGroups() {
        assertThat(as(s.participantA(), () -> strata.dimensions(s.collaborativeId())))
                .extracting(Dimension::name).containsExactly("Race", "Ethnicity", "Preferred language");
        assertThat(language.categories()).extracting(Dimension.Category::label)
                .containsExactly("English", "Spanish", "Other", "Unknown or declined");
        assertThat(language.referenceCategoryId()).isEqualTo(category("English"));
        assertThat(as(s.participantA(), () -> strata.smallNumberThreshold(s.collaborativeId()))).isEqualTo(11);
    }

    @Test
    void onlyOrganisersDefineMeasuresAndADefinitionSaysWhatIsCounted() {
        assertThatThrownBy(() -> as(s.leadA(), () -> measures.create(screening(Set.of(s.teamA())))))
                .isInstanceOf(AccessDeniedException.class);
        MeasureDetails vague = new MeasureDetails(s.collaborativeId(), " ", null, DataKind.RATE, null, null, "",
                null, new BigDecimal("-1"), 3, Set.of(), Set.of());
        assertThatThrownBy(() -> as(s.organiser(), () -> measures.create(vague)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors()).containsKeys(
                        "name", "type", "ratePer", "operationalDefinition", "direction", "goal", "baselinePoints",
                        "teams"));
        assertThatThrownBy(() -> as(s.organiser(), () -> measures.create(screening(Set.of(s.teamA())))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("name", "The collaborative has a measure with this name."));
        assertThat(as(s.participantB(), () -> measures.measures(s.collaborativeId()))).singleElement()
                .satisfies(m -> assertThat(m.details().teamIds()).containsExactly(s.teamA()));
    }

    @Test
    void aTeamMemberRecordsAMonthWithStrataThatAddUpAndReadsItBack() {
        YearMonth month = YearMonth.now().minusMonths(1);
        Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
        byLanguage.put(category("English"), MonthValues.Entry.ratio(30, 40));
        byLanguage.put(category("Spanish"), MonthValues.Entry.ratio(12, 22));
        byLanguage.put(category("Other"), MonthValues.Entry.ratio(2, 3));
        byLanguage.put(category("Unknown or declined"), MonthValues.Entry.ratio(0, 0));

        as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), byLanguage, false)));

        MonthValues read = as(s.leadA(), () -> data.month(screening, s.teamA(), month));
        assertThat(read.recorded().by()).isEqualTo(s.participantA().name());
        assertThat(read.total().numerator()).isEqualByComparingTo("44");
        assertThat(read.total().denominator()).isEqualByComparingTo("65");
        assertThat(read.strata()).hasSize(4);
        assertThat(read.strata().get(category("Spanish")).numerator()).isEqualByComparingTo("12");
    }

    @Test
    void aBadMonthIsRefusedWithAMessagePerFieldAndNothingIsStored() {
        YearMonth month = YearMonth.now().minusMonths(1);
        Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
        byLanguage.put(category("English"), MonthValues.Entry.ratio(30, 40));
        byLanguage.put(category("Spanish"), MonthValues.Entry.ratio(25, 22));

        assertThatThrownBy(() -> as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), byLanguage, false))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("stratum:" + category("Spanish"),
                                "The numerator (25) cannot be more than the denominator (22)."));

        byLanguage.put(category("Spanish"), MonthValues.Entry.ratio(12, 22));
        assertThatThrownBy(() -> as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), byLanguage, false))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("dimension:" + language.id(), "Fill in every preferred language group (0 "
                                + "where there is none), or none of them."));

        byLanguage.put(category("Other"), MonthValues.Entry.ratio(1, 3));
        byLanguage.put(category("Unknown or declined"), MonthValues.Entry.ratio(0, 0));
        assertThatThrownBy(() -> as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), byLanguage, false))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("dimension:" + language.id(), "The preferred language groups add up to 43 / "
                                + "65, not the total of 44 / 65."));

        assertThatThrownBy(() -> as(s.participantA(), () -> data.record(screening, s.teamA(),
                YearMonth.now().plusMonths(1), new MonthValues(MonthValues.Entry.ratio(1, 2), Map.of(), false))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("month"));
        assertThat(as(s.participantA(), () -> data.month(screening, s.teamA(), month)).total().numerator()).isNull();
    }

    @Test
    void anotherTeamNeitherReadsNorWritesATeamsValues() {
        YearMonth month = YearMonth.now().minusMonths(1);
        as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), Map.of(), false)));

        assertThatThrownBy(() -> as(s.participantB(), () -> data.month(screening, s.teamA(), month)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(1, 2), Map.of(), false))))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> data.month(screening, s.teamB(), month)))
                .as("team B does not report it").isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theCoachAndTheOrganisersReadTheTeamThroughItsChartsNotItsMonthValues() {
        YearMonth month = YearMonth.now().minusMonths(1);
        as(s.participantA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), Map.of(), false)));

        for (var outsideTheTeam : List.of(s.coachA(), s.organiser())) {
            assertThatThrownBy(() -> as(outsideTheTeam, () -> data.month(screening, s.teamA(), month)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsideTheTeam, () -> data.record(screening, s.teamA(), month,
                    new MonthValues(MonthValues.Entry.ratio(1, 2), Map.of(), false))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aFormOpenedBeforeAColleagueSavedDoesNotOverwriteTheirValues() {
        YearMonth month = YearMonth.now().minusMonths(1);
        MonthValues openedEmpty = as(s.participantA(), () -> data.month(screening, s.teamA(), month));
        as(s.leadA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), Map.of(), false)));

        assertThatThrownBy(() -> as(s.participantA(), () -> data.recordOver(screening, s.teamA(), month, openedEmpty,
                new MonthValues(MonthValues.Entry.ratio(1, 2), Map.of(), false))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get("month"))
                        .startsWith(s.leadA().name() + " saved this month after you opened it."));
        MonthValues current = as(s.participantA(), () -> data.month(screening, s.teamA(), month));
        assertThat(current.total().numerator()).isEqualByComparingTo("44");

        as(s.participantA(), () -> data.recordOver(screening, s.teamA(), month, current,
                new MonthValues(MonthValues.Entry.ratio(45, 65), Map.of(), false)));
        assertThat(as(s.leadA(), () -> data.month(screening, s.teamA(), month)).total().numerator())
                .isEqualByComparingTo("45");
    }

    @Test
    void aCorrectionAfterTheDeadlineKeepsWhenTheMonthWasFirstReported() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        Instant before = clock.instant().minusSeconds(1);
        as(s.leadA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(44, 65), Map.of(), false)));
        Instant reported = clock.instant();
        clock.advance(Duration.ofDays(40));
        as(s.leadA(), () -> data.record(screening, s.teamA(), month,
                new MonthValues(MonthValues.Entry.ratio(45, 65), Map.of(), false)));

        assertThat(as(s.organiser(), () -> data.reportedMonths(s.collaborativeId(), month))).singleElement()
                .satisfies(row -> {
                    assertThat(row.firstRecordedAt()).as("the dashboard's on time").isBetween(before, reported);
                    assertThat(row.lastRecordedAt()).isAfter(reported.plus(Duration.ofDays(40)).minusSeconds(1));
                });
    }

    @Test
    void howAMeasureIsCountedStaysOnceTeamsHaveReportedIt() {
        as(s.organiser(), () -> measures.update(screening, new MeasureDetails(s.collaborativeId(), "HbA1c tested",
                MeasureType.PROCESS, DataKind.RATE, 1000, null, "Tests per 1,000 visits.", Direction.UP, null, 12,
                Set.of(s.teamA()), Set.of(language.id()))));
        as(s.participantA(), () -> data.record(screening, s.teamA(), YearMonth.now().minusMonths(1),
                new MonthValues(MonthValues.Entry.ratio(44, 650), Map.of(), false)));

        assertThatThrownBy(() -> as(s.organiser(), () -> measures.update(screening, screening(Set.of(s.teamA())))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("kind"));
        assertThatThrownBy(() -> as(s.organiser(), () -> measures.update(screening, new MeasureDetails(
                s.collaborativeId(), "HbA1c tested", MeasureType.PROCESS, DataKind.RATE, 100, null,
                "Tests per 100 visits.", Direction.UP, null, 12, Set.of(s.teamA()), Set.of(language.id())))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aNumberTooLargeToStoreIsAFieldMessage() {
        assertThatThrownBy(() -> as(s.participantA(), () -> data.record(screening, s.teamA(),
                YearMonth.now().minusMonths(1), new MonthValues(new MonthValues.Entry(BigDecimal.ONE,
                        new BigDecimal("12345678901"), null), Map.of(), false))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("total", "That number is too large: at most 9999999999."));
    }
}
