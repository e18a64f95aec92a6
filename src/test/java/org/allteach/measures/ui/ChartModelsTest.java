package org.allteach.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allteach.measures.MeasureCharts;
import org.allteach.measures.MeasureCharts.GapForm;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.MeasureView;
import org.allteach.measures.analysis.Baseline;
import org.allteach.measures.analysis.ChartType;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.measures.analysis.Gaps;
import org.allteach.measures.analysis.Point;
import org.allteach.measures.analysis.RunChart;
import org.allteach.measures.analysis.RunRules;
import org.allteach.measures.analysis.Series;
import org.allteach.measures.analysis.Spc;
import org.allteach.measures.ui.chart.ChartModel;
import org.allteach.measures.ui.chart.ChartSeries;
import org.allteach.measures.ui.chart.Panel;
import org.allteach.measures.ui.chart.ValueRange;
import org.junit.jupiter.api.Test;

/** What the strata charts draw: the overlay with the chosen gap form, and small multiples on one scale. */
class ChartModelsTest {

    static final YearMonth FIRST = YearMonth.of(2025, 1);
    static final MeasureView SCREENING = new MeasureView(1, new MeasureDetails(1, "HbA1c tested",
            MeasureType.PROCESS, DataKind.PROPORTION, null, null, "Adults with diabetes seen this month.",
            Direction.UP, null, 12, Set.of(), Set.of()));

    /** English 70–71% of 100, Spanish 40–44% of 50 then 66–68%, Other 25% of 8 from the third month only. */
    static List<MeasureCharts.Stratum> language() {
        Series english = proportions(i -> 70 + i % 2, 100, 0);
        Series spanish = proportions(i -> i < 12 ? 20 + 2 * (i % 2) : 33 + i % 2, 50, 0);
        Series other = proportions(i -> 2, 8, 2);
        return List.of(stratum("English", true, english, english), stratum("Spanish", false, spanish, english),
                stratum("Other", false, other, english));
    }

    static Series proportions(java.util.function.IntUnaryOperator numerator, int denominator, int from) {
        List<Point> points = new ArrayList<>();
        for (int i = from; i < 20; i++) {
            points.add(Point.proportion(FIRST.plusMonths(i), numerator.applyAsInt(i), denominator));
        }
        return new Series(points, DataKind.PROPORTION, Direction.UP, 1);
    }

    static MeasureCharts.Stratum stratum(String label, boolean reference, Series values, Series english) {
        return new MeasureCharts.Stratum("Preferred language", label, reference, "English", analysed(label, values),
                reference ? null : analysed("Gap", Gaps.difference(values, english)),
                reference ? null : analysed("Ratio", Gaps.ratio(values, english)));
    }

    static MeasureCharts.Analysed analysed(String name, Series series) {
        return new MeasureCharts.Analysed(name, series, RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI),
                Spc.analyse(series, ChartType.suggested(series), List.of(), 12), List.of(), List.of());
    }

    @Test
    void smallMultiplesShareOneTimelineOneValueScaleAndOneGapScale() {
        List<ChartModel> charts = ChartModels.smallMultiples(SCREENING, "Preferred language", language(),
                GapForm.DIFFERENCE);

        assertThat(charts).extracting(ChartModel::title)
                .containsExactly("English (reference)", "Spanish", "Other");
        assertThat(charts).extracting(chart -> chart.months().size()).containsOnly(20);
        assertThat(charts).extracting(chart -> chart.display().measureRange())
                .as("25% to 71%, in whole tens").containsOnly(new ValueRange(0.2, 0.8));
        ValueRange gapRange = charts.get(1).display().gapRange();
        assertThat(charts).allSatisfy(chart -> assertThat(chart.display().gapRange()).isEqualTo(gapRange));
        assertThat(gapRange.min()).as("Other is 45 points below English").isLessThanOrEqualTo(-45);
        assertThat(gapRange.max()).as("the line of no gap is on the scale").isGreaterThanOrEqualTo(0);
        assertThat(charts).allSatisfy(chart -> assertThat(chart.display().compact()).isTrue());
    }

    @Test
    void eachSmallMultipleHasItsMedianAndTheGapDrawnInTheGroupsOwnStyle() {
        List<ChartModel> charts = ChartModels.smallMultiples(SCREENING, "Preferred language", language(),
                GapForm.DIFFERENCE);

        ChartModel english = charts.getFirst();
        assertThat(english.series()).singleElement().extracting(ChartSeries::panel).isEqualTo(Panel.MEASURE);
        assertThat(english.lines()).extracting(line -> line.name()).contains("Median");
        ChartModel spanish = charts.get(1);
        assertThat(spanish.series()).extracting(ChartSeries::style).containsOnly(1);
        ChartSeries gap = spanish.series().get(1);
        assertThat(gap.panel()).isEqualTo(Panel.GAP);
        assertThat(gap.points().getFirst().value()).as("percentage points").isCloseTo(-30, within(1e-9));
        assertThat(gap.points().getLast().signal()).as("the shift toward English").isTrue();
        assertThat(spanish.lines()).extracting(line -> line.name()).contains("Median", "Gap median", "No gap");
    }

    @Test
    void theOverlayShowsTheGapAsARatioWhenAskedWithItsLineOfNoGapAtOne() {
        ChartModel overlay = ChartModels.strata(SCREENING, "Preferred language", language(), GapForm.RATIO);

        assertThat(overlay.gapLabel()).isEqualTo("Ratio to English");
        assertThat(overlay.display().gapRatio()).isTrue();
        assertThat(overlay.series().stream().filter(s -> s.panel() == Panel.GAP))
                .extracting(ChartSeries::name).containsExactly("Ratio: Spanish", "Ratio: Other");
        assertThat(overlay.series().stream().filter(s -> s.panel() == Panel.GAP).findFirst().orElseThrow()
                .points().getFirst().value()).isCloseTo(40.0 / 70, within(1e-9));
        assertThat(overlay.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("No gap");
            assertThat(line.values()).containsOnly(1.0);
        });
    }

    @Test
    void aRangeIsRoundedOutToWholeSteps() {
        assertThat(ChartModels.niceRange(List.of(3.2, 17.8), false)).contains(new ValueRange(2, 18));
        assertThat(ChartModels.niceRange(List.of(0.41, 0.44), true)).contains(new ValueRange(0.4, 0.5));
        assertThat(ChartModels.niceRange(List.of(1.0, 1.0), true)).contains(new ValueRange(0.9, 1));
        assertThat(ChartModels.niceRange(List.of(), true)).isEmpty();
    }
}
