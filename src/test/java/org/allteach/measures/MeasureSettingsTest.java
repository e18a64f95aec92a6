package org.allteach.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.IntStream;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.measures.MeasureSettingsService.CategorySettings;
import org.allteach.measures.MeasureSettingsService.DimensionSettings;
import org.allteach.measures.MeasureSettingsService.Settings;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.measures.analysis.RunRules;
import org.allteach.measures.analysis.SignalRule;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An organiser's measure settings: the run-chart rules and small-number threshold every chart is read with, and the
 * REaL dimensions, their categories and reference groups. Only the collaborative's organisers change them, and no
 * category or dimension a stored value uses can be removed.
 */
class MeasureSettingsTest extends IntegrationTestBase {

    @Autowired
    MeasureSettingsService settings;
    @Autowired
    Measures measures;
    @Autowired
    MeasureData data;
    @Autowired
    MeasureCharts charts;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Strata strata;

    Scenario s;

    @BeforeEach
    void collaborativeTwoYearsOld() {
        s = scenarios.create();
        new MeasureFixtures(actingAs, collaboratives, strata, measures).startedMonthsAgo(s, 24);
    }

    Settings read() {
        return as(s.organiser(), () -> settings.settings(s.collaborativeId()));
    }

    DimensionSettings dimension(String name) {
        return read().dimensions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    CategorySettings category(String dimension, String label) {
        return dimension(dimension).categories().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow();
    }

    List<String> labels(String dimension) {
        return dimension(dimension).categories().stream().map(CategorySettings::label).toList();
    }

    long screening(Set<Long> dimensionIds) {
        return new MeasureFixtures(actingAs, collaboratives, strata, measures).hba1cTested(s, Set.of(s.teamA()),
                dimensionIds);
    }

    /** Team A's months from the first: the totals given (of 100), Spanish speakers 5 of 8, the rest English. */
    void recordByLanguage(long measureId, YearMonth first, int... tested) {
        for (int i = 0; i < tested.length; i++) {
            YearMonth month = first.plusMonths(i);
            int total = tested[i];
            Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
            byLanguage.put(category("Preferred language", "English").id(), MonthValues.Entry.ratio(total - 5, 92));
            byLanguage.put(category("Preferred language", "Spanish").id(), MonthValues.Entry.ratio(5, 8));
            byLanguage.put(category("Preferred language", "Other").id(), MonthValues.Entry.ratio(0, 0));
            byLanguage.put(category("Preferred language", "Unknown or declined").id(), MonthValues.Entry.ratio(0, 0));
            as(s.leadA(), () -> data.record(measureId, s.teamA(), month,
                    new MonthValues(MonthValues.Entry.ratio(total, 100), byLanguage, false)));
        }
    }

    @Test
    void aNewCollaborativeReadsWithTheDefaults() {
        Settings defaults = read();

        assertThat(defaults.smallNumberThreshold()).isEqualTo(11);
        assertThat(defaults.runRules()).isEqualTo(RunRules.IHI);
        assertThat(defaults.runRulesChoices()).extracting(MeasureSettingsService.RunRulesChoice::rules)
                .containsExactly(RunRules.IHI, RunRules.ANHOEJ);
        assertThat(defaults.dimensions()).extracting(DimensionSettings::name)
                .containsExactly("Race", "Ethnicity", "Preferred language");
        assertThat(labels("Preferred language")).containsExactly("English", "Spanish", "Other",
                "Unknown or declined");
        assertThat(dimension("Preferred language").referenceCategoryId())
                .isEqualTo(category("Preferred language", "English").id());
        assertThat(dimension("Race").categories()).noneMatch(CategorySettings::hasValues);
    }

    @Test
    void theOrganiserChangesTheThresholdAndRunRulesWithinBounds() {
        as(s.organiser(), () -> settings.changeReading(s.collaborativeId(), 20, RunRules.ANHOEJ));

        assertThat(read().smallNumberThreshold()).isEqualTo(20);
        assertThat(read().runRules()).isEqualTo(RunRules.ANHOEJ);
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.changeReading(s.collaborativeId(), 0, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("smallNumberThreshold", "runRules"));
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.changeReading(s.collaborativeId(), 101,
                RunRules.IHI))).isInstanceOf(InvalidInput.class);
        assertThat(read().smallNumberThreshold()).isEqualTo(20);
    }

    @Test
    void theOrganiserAddsRenamesMovesAndRemovesCategories() {
        long language = dimension("Preferred language").id();

        as(s.organiser(), () -> settings.addCategory(language, "  Haitian Creole "));
        as(s.organiser(), () -> settings.renameCategory(category("Preferred language", "Other").id(),
                "Another language"));
        as(s.organiser(), () -> settings.moveCategoryUp(category("Preferred language", "Haitian Creole").id()));
        as(s.organiser(), () -> settings.moveCategoryDown(category("Preferred language", "English").id()));
        assertThat(labels("Preferred language")).containsExactly("Spanish", "English", "Another language",
                "Haitian Creole", "Unknown or declined");

        as(s.organiser(), () -> settings.removeCategory(category("Preferred language", "Another language").id()));
        assertThat(labels("Preferred language")).containsExactly("Spanish", "English", "Haitian Creole",
                "Unknown or declined");
    }

    @Test
    void aCategoryNameIsTrimmedUniqueInItsDimensionAndAtMost80Characters() {
        long language = dimension("Preferred language").id();
        long spanish = category("Preferred language", "Spanish").id();

        assertThatThrownBy(() -> as(s.organiser(), () -> settings.addCategory(language, " english ")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("label", "The dimension has a category called english."));
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.renameCategory(spanish, "   ")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("label"));
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.renameCategory(spanish, "x".repeat(81))))
                .isInstanceOf(InvalidInput.class);
        as(s.organiser(), () -> settings.renameCategory(spanish, "Español"));
        // the same name in another dimension is fine
        as(s.organiser(), () -> settings.addCategory(dimension("Race").id(), "Other"));

        assertThat(labels("Preferred language")).contains("Español");
        assertThat(labels("Race")).endsWith("Other");
    }

    @Test
    void theReferenceGroupIsChosenWithinItsDimensionAndCannotBeRemoved() {
        long language = dimension("Preferred language").id();
        long english = category("Preferred language", "English").id();

        assertThatThrownBy(() -> as(s.organiser(), () -> settings.removeCategory(english)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("label", "English is the reference group; choose another reference group "
                                + "before removing it."));
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.chooseReference(language,
                category("Race", "White").id()))).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.fieldErrors()).containsKey("reference"));

        as(s.organiser(), () -> settings.chooseReference(language, category("Preferred language", "Spanish").id()));
        as(s.organiser(), () -> settings.removeCategory(english));

        assertThat(dimension("Preferred language").referenceCategoryId())
                .isEqualTo(category("Preferred language", "Spanish").id());
        assertThat(labels("Preferred language")).doesNotContain("English");
    }

    @Test
    void aCategoryWithValuesIsRenamedNotRemoved() {
        long measure = screening(Set.of(dimension("Preferred language").id()));
        recordByLanguage(measure, YearMonth.now().minusMonths(14), IntStream.generate(() -> 50).limit(14).toArray());
        long spanish = category("Preferred language", "Spanish").id();
        assertThat(category("Preferred language", "Spanish").monthsWithValues()).isEqualTo(14);

        assertThatThrownBy(() -> as(s.organiser(), () -> settings.removeCategory(spanish)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("label", "Spanish has values for 14 months; rename it instead of removing "
                                + "it."));
        as(s.organiser(), () -> settings.renameCategory(spanish, "Spanish (any dialect)"));

        MeasureCharts.MeasureChart chart = as(s.leadA(), () -> charts.teamChart(measure, s.teamA(), Locale.US));
        assertThat(chart.strata()).anySatisfy(stratum -> {
            assertThat(stratum.category()).isEqualTo("Spanish (any dialect)");
            assertThat(stratum.values().series().points()).hasSize(14);
        });
    }

    @Test
    void aCustomDimensionIsAddedAndRemovedOnlyWhileNothingUsesIt() {
        long payer = as(s.organiser(), () -> settings.addDimension(s.collaborativeId(), " Payer ",
                List.of("Medicaid", " Medicare ", "", "Private", "Uninsured")));

        assertThat(read().dimensions()).extracting(DimensionSettings::name).endsWith("Payer");
        assertThat(labels("Payer")).containsExactly("Medicaid", "Medicare", "Private", "Uninsured");
        assertThat(dimension("Payer").referenceCategoryId()).isNull();
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.addDimension(s.collaborativeId(), "payer",
                List.of("Medicaid", "medicaid")))).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.fieldErrors()).containsKeys("name", "categories"));
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.addDimension(s.collaborativeId(), "Disability",
                List.of("Yes")))).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.fieldErrors()).containsKey("categories"));

        long measure = screening(Set.of(payer));
        assertThat(dimension("Payer").measures()).isEqualTo(1);
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.removeDimension(payer)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get("name"))
                        .isEqualTo("A measure is stratified by Payer; take it out of that measure first."));

        MeasureDetails details = as(s.organiser(), () -> measures.measure(measure)).details();
        as(s.organiser(), () -> measures.update(measure, new MeasureDetails(details.collaborativeId(), details.name(),
                details.type(), details.kind(), details.ratePer(), details.unit(), details.operationalDefinition(),
                details.direction(), details.goal(), details.baselinePoints(), details.teamIds(), Set.of())));
        as(s.organiser(), () -> settings.chooseReference(payer, category("Payer", "Private").id()));
        as(s.organiser(), () -> settings.removeDimension(payer));

        assertThat(read().dimensions()).extracting(DimensionSettings::name)
                .containsExactly("Race", "Ethnicity", "Preferred language");
    }

    @Test
    void aDimensionWithValuesStaysEvenWhenNoMeasureUsesItAnyMore() {
        long language = dimension("Preferred language").id();
        long measure = screening(Set.of(language));
        recordByLanguage(measure, YearMonth.now().minusMonths(3), 50);
        MeasureDetails details = as(s.organiser(), () -> measures.measure(measure)).details();
        as(s.organiser(), () -> measures.update(measure, new MeasureDetails(details.collaborativeId(), details.name(),
                details.type(), details.kind(), details.ratePer(), details.unit(), details.operationalDefinition(),
                details.direction(), details.goal(), details.baselinePoints(), details.teamIds(), Set.of())));

        assertThatThrownBy(() -> as(s.organiser(), () -> settings.removeDimension(language)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("name", "Preferred language has values; it stays so they keep their groups."));
    }

    @Test
    void onlyTheCollaborativesOrganisersChangeTheSettings() {
        long language = dimension("Preferred language").id();
        long spanish = category("Preferred language", "Spanish").id();
        Person otherOrganiser = scenarios.create().organiser();

        for (Person refused : List.of(s.participantA(), s.leadA(), s.coachA(), s.outsider(), otherOrganiser)) {
            assertThatThrownBy(() -> as(refused, () -> settings.settings(s.collaborativeId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> settings.changeReading(s.collaborativeId(), 5,
                    RunRules.ANHOEJ))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> settings.addCategory(language, "Haitian Creole")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> settings.renameCategory(spanish, "Español")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> settings.removeCategory(spanish)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> settings.addDimension(s.collaborativeId(), "Payer",
                    List.of("Medicaid", "Private")))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(s.organiser(), () -> settings.renameCategory(Long.MAX_VALUE, "Español")))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(read().smallNumberThreshold()).isEqualTo(11);
        assertThat(labels("Preferred language")).containsExactly("English", "Spanish", "Other",
                "Unknown or declined");
    }

    /**
     * Around 50% with a rise of five months in a row (40, 45, 50, 55, 60) and many crossings: IHI's trend rule fires;
     * Anhøj's rules have no trend rule and see nothing.
     */
    @Test
    void theChartsAreReadWithTheChosenRunRules() {
        long measure = screening(Set.of(dimension("Preferred language").id()));
        recordByLanguage(measure, YearMonth.now().minusMonths(12), 30, 70, 30, 70, 30, 70, 40, 45, 50, 55, 60, 30);

        MeasureCharts.MeasureChart ihi = as(s.leadA(), () -> charts.teamChart(measure, s.teamA(), Locale.US));
        as(s.organiser(), () -> settings.changeReading(s.collaborativeId(), 11, RunRules.ANHOEJ));
        MeasureCharts.MeasureChart anhoej = as(s.leadA(), () -> charts.teamChart(measure, s.teamA(), Locale.US));

        assertThat(ihi.total().runChart().rules()).isEqualTo(RunRules.IHI);
        assertThat(ihi.total().runChart().hasSignal(SignalRule.TREND)).isTrue();
        assertThat(anhoej.total().runChart().rules()).isEqualTo(RunRules.ANHOEJ);
        assertThat(anhoej.total().runChart().signals()).isEmpty();
    }

    @Test
    void aLowerThresholdShowsTheCoachTheSmallGroups() {
        long measure = screening(Set.of(dimension("Preferred language").id()));
        recordByLanguage(measure, YearMonth.now().minusMonths(6), 50, 52, 49, 51, 50, 48);

        MeasureCharts.Stratum before = spanish(as(s.coachA(), () -> charts.teamChart(measure, s.teamA(),
                Locale.US)));
        as(s.organiser(), () -> settings.changeReading(s.collaborativeId(), 8, RunRules.IHI));
        MeasureCharts.MeasureChart after = as(s.coachA(), () -> charts.teamChart(measure, s.teamA(), Locale.US));

        assertThat(before.values().series().points()).isEmpty();
        assertThat(before.values().suppressed()).hasSize(6);
        assertThat(after.suppressionThreshold()).isEqualTo(8);
        assertThat(spanish(after).values().series().points()).as("8 Spanish speakers a month, at the threshold")
                .hasSize(6);
        assertThat(spanish(after).values().suppressed()).isEmpty();
    }

    private static MeasureCharts.Stratum spanish(MeasureCharts.MeasureChart chart) {
        return chart.strata().stream().filter(st -> st.category().equals("Spanish")).findFirst().orElseThrow();
    }
}
