package org.allteach.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.ActingAs;
import org.allteach.measures.MeasureCharts;
import org.allteach.measures.Dimension;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureImport;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.Strata;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.measures.ui.chart.ChartSeries;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.Pdsa;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A team's measure page without a browser: the chart, the missing months, the entry grid and its messages. */
@AllTeachTest
class TeamMeasureViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Measures measures;
    @Autowired
    MeasureData data;
    @Autowired
    Strata strata;
    @Autowired
    MeasureImport imports;
    @Autowired
    Pdsa pdsa;
    @Autowired
    Collaboratives collaboratives;

    Scenario s;
    Dimension language;
    long screening;
    YearMonth lastMonth = YearMonth.now().minusMonths(1);

    @BeforeEach
    void defineMeasure() {
        s = scenarios.create();
        language = actingAs.call(s.participantA().id(), () -> strata.dimensions(s.collaborativeId())).stream()
                .filter(d -> d.name().equals("Preferred language")).findFirst().orElseThrow();
        screening = actingAs.call(s.organiser().id(), () -> measures.create(new MeasureDetails(s.collaborativeId(),
                "HbA1c tested", MeasureType.PROCESS, DataKind.PROPORTION, null, null, "Adults with diabetes seen "
                + "this month with an HbA1c in the last 6 months.", Direction.UP, new BigDecimal("0.8"), 12,
                Set.of(s.teamA()), Set.of(language.id()))));
        actingAs.run(s.participantA().id(), () -> data.record(screening, s.teamA(), lastMonth.minusMonths(1),
                new MonthValues(MonthValues.Entry.ratio(40, 60), Map.of(), false)));
    }

    String route() {
        return "measures/" + screening + "/teams/" + s.teamA();
    }

    long category(String label) {
        return language.categories().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void theChartShowsTheMonthsReportedAndTheMissingOnes() {
        actingAs.run(s.participantA().id(), () -> {
            TeamMeasureView page = navigate(route(), TeamMeasureView.class);

            assertThat(page.chart.getModel().series().getFirst().points()).hasSize(1);
            assertThat(page.missing.getText()).startsWith("Not reported yet:");
            assertThat(page.signals.getElement().getTextRecursively()).contains("The runs rule needs 10 months");
            assertThat(page.month.getValue()).as("the earliest month not reported").isEqualTo(lastMonth);
            assertThat(page.entry.isVisible()).isTrue();
            assertThat(page.recorded.getText()).isEqualTo("Not entered yet.");
        });
    }

    @Test
    void theCoachReadsTheChartsButNeitherEntersNorReadsTheMonthGrid() {
        actingAs.run(s.coachA().id(), () -> {
            TeamMeasureView page = navigate(route(), TeamMeasureView.class);

            assertThat(page.chart.getModel().series().getFirst().points()).hasSize(1);
            assertThat(page.entry.isVisible()).isFalse();
            assertThat(page.backfill.isVisible()).isFalse();
        });
    }

    @Test
    void groupsThatDoNotAddUpAreShownBesideTheirDimensionAndWhatWasTypedStays() {
        actingAs.run(s.participantA().id(), () -> {
            TeamMeasureView page = navigate(route(), TeamMeasureView.class);
            page.month.setValue(lastMonth);
            test(page.rows.get("total").numerator()).setValue(new BigDecimal("44"));
            test(page.rows.get("total").denominator()).setValue(new BigDecimal("65"));
            test(page.rows.get("stratum:" + category("Spanish")).numerator()).setValue(new BigDecimal("25"));
            test(page.rows.get("stratum:" + category("Spanish")).denominator()).setValue(new BigDecimal("22"));

            test(page.save).click();

            assertThat(page.rows.get("stratum:" + category("Spanish")).numerator().isInvalid()).isTrue();
            assertThat(page.rows.get("stratum:" + category("Spanish")).numerator().getErrorMessage())
                    .isEqualTo("The numerator (25) cannot be more than the denominator (22).");
            assertThat(page.rows.get("total").numerator().getValue()).isEqualByComparingTo("44");

            test(page.rows.get("stratum:" + category("Spanish")).numerator()).setValue(new BigDecimal("12"));
            test(page.save).click();

            assertThat(page.dimensionErrors.get(language.id()).getText())
                    .startsWith("Fill in every preferred language group");

            test(page.rows.get("stratum:" + category("English")).numerator()).setValue(new BigDecimal("30"));
            test(page.rows.get("stratum:" + category("English")).denominator()).setValue(new BigDecimal("40"));
            test(page.rows.get("stratum:" + category("Other")).numerator()).setValue(new BigDecimal("2"));
            test(page.rows.get("stratum:" + category("Other")).denominator()).setValue(new BigDecimal("3"));
            test(page.rows.get("stratum:" + category("Unknown or declined")).numerator()).setValue(BigDecimal.ZERO);
            test(page.rows.get("stratum:" + category("Unknown or declined")).denominator()).setValue(BigDecimal.ZERO);
            test(page.save).click();

            assertThat(page.dimensionErrors.get(language.id()).getText()).isEmpty();
            assertThat(page.chart.getModel().series().getFirst().points()).hasSize(2);
            assertThat(data.month(screening, s.teamA(), lastMonth).strata()).hasSize(4);
        });
    }

    @Test
    void aFileWithABadRowListsItsLineAndAGoodOneImportsAfterThePreview() {
        String bad = "month,measure,group,numerator,denominator,value\r\n" + lastMonth + ",HbA1c tested,Total,70,65,\r\n";
        String good = "month,measure,group,numerator,denominator,value\r\n" + lastMonth + ",HbA1c tested,Total,44,65,\r\n";
        actingAs.run(s.participantA().id(), () -> {
            TeamMeasureView page = navigate(route(), TeamMeasureView.class);

            page.showPreview(bad, imports.preview(s.teamA(), bad));

            assertThat(page.importOutcome.getElement().getTextRecursively())
                    .contains("Line 2: The numerator (70) cannot be more than the denominator (65).");
            assertThat(page.importFile.isVisible()).isFalse();

            page.showPreview(good, imports.preview(s.teamA(), good));
            assertThat(page.importFile.getText()).isEqualTo("Import 1 months");
            test(page.importFile).click();

            assertThat(page.chart.getModel().series().getFirst().points()).hasSize(2);
            assertThat(imports.export(s.teamA())).contains(lastMonth + ",HbA1c tested,Total,44,65,");
        });
    }

    @Test
    void aPdsaCycleLinkedToTheMeasureIsAMarkerOnTheChart() {
        long cycle = actingAs.call(s.leadA().id(), () -> pdsa.plan(s.teamA(), new CycleDetails(null, null,
                "Reminders in Spanish", "Fewer missed HbA1c tests.", null, null, null, null, null, null, null, null,
                null, null, null, null, lastMonth.atDay(1), null, null, Set.of(screening), Set.of())));
        actingAs.run(s.participantA().id(), () -> {
            TeamMeasureView page = navigate(route(), TeamMeasureView.class);

            assertThat(page.chart.getModel().markers()).singleElement().satisfies(marker -> {
                assertThat(marker.id()).isEqualTo("pdsa-" + cycle);
                assertThat(marker.month()).isEqualTo(lastMonth);
                assertThat(marker.label()).isEqualTo("PDSA 1");
            });
        });
    }

    @Test
    void coachesAndOrganisersSeeTheMeasureAcrossTeamsAndParticipantsDoNot() {
        actingAs.run(s.organiser().id(), () -> {
            CollaborativeMeasureView page = navigate("measures/" + screening, CollaborativeMeasureView.class);
            assertThat(page.chart.getModel().series().getFirst().points()).hasSize(1);
            MeasuresView list = navigate(MeasuresView.class);
            assertThat(list.list.getElement().getTextRecursively()).contains("All teams");
        });
        actingAs.run(s.participantA().id(), () -> {
            navigate(route(), TeamMeasureView.class); // leave the list, so it is built again for the participant
            MeasuresView list = navigate(MeasuresView.class);
            assertThat(list.list.getElement().getTextRecursively()).doesNotContain("All teams");
        });
    }

    @Test
    void byGroupTheGapCanBeARatioTheGroupsSmallMultiplesAndTheGapIsSaidInWords() {
        CollaborativeSummary summary = actingAs.call(s.organiser().id(), () -> collaboratives.summary(
                s.collaborativeId()));
        actingAs.run(s.organiser().id(), () -> collaboratives.update(s.collaborativeId(), new CollaborativeDetails(
                summary.name(), summary.focusArea(), summary.description(), LocalDate.now().minusMonths(24),
                LocalDate.now().plusMonths(6), CollaborativeStatus.ACTIVE)));
        // English steady at 70–71%; Spanish at 40–44% for the twelve baseline months, then 66–68%.
        YearMonth first = lastMonth.minusMonths(19);
        for (int i = 0; i < 20; i++) {
            YearMonth month = first.plusMonths(i);
            int english = 70 + i % 2;
            int spanish = i < 12 ? 20 + 2 * (i % 2) : 33 + i % 2;
            Map<Long, MonthValues.Entry> byLanguage = Map.of(category("English"), MonthValues.Entry.ratio(english,
                    100), category("Spanish"), MonthValues.Entry.ratio(spanish, 50), category("Other"),
                    MonthValues.Entry.ratio(0, 0), category("Unknown or declined"), MonthValues.Entry.ratio(0, 0));
            actingAs.run(s.participantA().id(), () -> data.record(screening, s.teamA(), month, new MonthValues(
                    MonthValues.Entry.ratio(english + spanish, 150), byLanguage, false)));
        }
        actingAs.run(s.participantA().id(), () -> {
            TeamMeasureView page = navigate(route(), TeamMeasureView.class);
            StrataSection.DimensionPanel language = page.strataSection.dimensions.get("Preferred language");

            assertThat(language.charts()).singleElement().satisfies(overlay ->
                    assertThat(overlay.getModel().gapLabel()).isEqualTo("Gap, % points"));
            assertThat(language.words.getElement().getTextRecursively()).contains("Spanish: gap to English "
                    + "narrowing — shift since " + first.plusMonths(11).format(DateTimeFormatter.ofPattern(
                    "MMMM yyyy", Locale.US)) + ", 9 months closer to the reference group.");

            language.gapForm.setValue(MeasureCharts.GapForm.RATIO);

            assertThat(language.charts()).singleElement().satisfies(overlay -> {
                assertThat(overlay.getModel().gapLabel()).isEqualTo("Ratio to English");
                assertThat(overlay.getModel().series()).extracting(ChartSeries::name).contains("Ratio: Spanish");
            });

            language.layout.setValue(StrataSection.Layout.SMALL_MULTIPLES);

            assertThat(language.charts()).extracting(chart -> chart.getModel().title())
                    .as("one per group with values; Other and Unknown had none")
                    .containsExactly("English (reference)", "Spanish");
            assertThat(language.charts().get(1).getModel().series()).extracting(ChartSeries::name)
                    .containsExactly("Spanish", "Ratio to English");
            assertThat(language.words.getElement().getTextRecursively()).contains("Spanish: gap to English "
                    + "narrowing");
        });
    }
}
