package org.allteach.measures.analysis;

import static org.allteach.measures.analysis.Data.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The IHI run-chart rules as Provost &amp; Murray, The Health Care Data Guide (2011), ch. 3, and Perla, Provost &amp;
 * Murray, "The run chart: a simple analytical tool for learning from variation in healthcare processes", BMJ Qual Saf
 * 2011;20:46–51, state them: shift = 6 or more consecutive points on one side of the median, points on the median
 * neither counted nor breaking it; trend = 5 or more points all going up or all going down, only the first of equal
 * successive values counted; too few or too many runs against the runs table from 10 useful observations. The series
 * are built by hand; the arithmetic is in the comments.
 */
class RunChartIhiRulesTest {

    private static List<Signal> signals(RunChartResult result, SignalRule rule) {
        return result.signals().stream().filter(s -> s.rule() == rule).toList();
    }

    @Test
    void sevenMonthsAboveTheBaselineMedianAreAShiftInTheDesiredDirection() {
        // Baseline (12): 5 7 4 6 8 3 6 5 7 4 8 5, sorted 3 4 4 5 5 5 6 6 7 7 8 8, median (5 + 6) / 2 = 5.5.
        // Then 7 8 9 7 8 9 8: seven points above 5.5 after a baseline ending below it.
        Series series = Data.means(Direction.UP, 5, 7, 4, 6, 8, 3, 6, 5, 7, 4, 8, 5, 7, 8, 9, 7, 8, 9, 8);

        RunChartResult result = RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI);

        assertThat(result.median()).isEqualTo(5.5);
        assertThat(result.baseline()).hasSize(12).startsWith(month(0)).endsWith(month(11));
        assertThat(signals(result, SignalRule.SHIFT)).containsExactly(
                new Signal(SignalRule.SHIFT, month(12), month(18), 7, Side.ABOVE, true));
        // Sides - + - + + - + - + - + - then + x 7: 12 runs in 19 useful observations; the table allows 6 to 15.
        assertThat(result.runs()).isEqualTo(12);
        assertThat(result.usefulObservations()).isEqualTo(19);
        assertThat(result.expectedRuns()).contains(new RunsRange(19, 6, 15));
        assertThat(result.signals()).extracting(Signal::rule).containsExactly(SignalRule.SHIFT);
    }

    @Test
    void theSameShiftIsADeteriorationWhenTheMeasureShouldFall() {
        Series series = Data.means(Direction.DOWN, 5, 7, 4, 6, 8, 3, 6, 5, 7, 4, 8, 5, 7, 8, 9, 7, 8, 9, 8);

        assertThat(RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI).signals())
                .containsExactly(new Signal(SignalRule.SHIFT, month(12), month(18), 7, Side.ABOVE, false));
    }

    @Test
    void pointsOnTheMedianNeitherCountTowardAShiftNorBreakIt() {
        // Baseline (5): 50 40 30 20 10, median 30. Then 31 35 30 33 32 34: five above and one on the median, no shift.
        Series five = Data.means(Direction.UP, 50, 40, 30, 20, 10, 31, 35, 30, 33, 32, 34);
        // One more above (36): six above, the 30 on the median still skipped, so a shift of 6 from month 5 to 11.
        Series six = Data.means(Direction.UP, 50, 40, 30, 20, 10, 31, 35, 30, 33, 32, 34, 36);

        assertThat(signals(RunChart.analyse(five, new Baseline(5), RunRules.IHI), SignalRule.SHIFT)).isEmpty();
        assertThat(signals(RunChart.analyse(six, new Baseline(5), RunRules.IHI), SignalRule.SHIFT))
                .containsExactly(new Signal(SignalRule.SHIFT, month(5), month(11), 6, Side.ABOVE, true));
    }

    @Test
    void fiveRisingPointsAreATrendAndTiesAreSkipped() {
        // 10 12 12 13 15 16: the second 12 repeats the first and is not counted, leaving 10 12 13 15 16, five rising.
        Series withTie = Data.means(Direction.DOWN, 10, 12, 12, 13, 15, 16);
        // 10 12 12 13 15: only four counted.
        Series tooShort = Data.means(Direction.DOWN, 10, 12, 12, 13, 15);

        assertThat(signals(RunChart.analyse(withTie, Baseline.DEFAULT, RunRules.IHI), SignalRule.TREND))
                .containsExactly(new Signal(SignalRule.TREND, month(0), month(5), 5, Side.UP, false));
        assertThat(signals(RunChart.analyse(tooShort, Baseline.DEFAULT, RunRules.IHI), SignalRule.TREND)).isEmpty();
    }

    @Test
    void aFallingTrendStartsAtThePointBeforeItsFirstStep() {
        // 3 9 8 7 6 5 7: the fall runs 9 → 5, five points from month 1 to month 5.
        Series series = Data.means(Direction.DOWN, 3, 9, 8, 7, 6, 5, 7);

        assertThat(signals(RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI), SignalRule.TREND))
                .containsExactly(new Signal(SignalRule.TREND, month(1), month(5), 5, Side.DOWN, true));
    }

    @Test
    void tenAlternatingPointsAreTooManyRunsAndNineAreNotTested() {
        // 1 3 1 3 … around the median 2: every point is a run of its own. Ten runs in 10 useful observations exceed
        // the table's upper limit of 9; with 9 observations (median of the first 8, so 2 again) the table has no entry
        // and the rule says nothing.
        Series ten = Data.means(Direction.UP, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3);
        Series nine = Data.means(Direction.UP, 1, 3, 1, 3, 1, 3, 1, 3, 1);

        RunChartResult tested = RunChart.analyse(ten, Baseline.DEFAULT, RunRules.IHI);
        RunChartResult untested = RunChart.analyse(nine, new Baseline(8), RunRules.IHI);

        assertThat(tested.runs()).isEqualTo(10);
        assertThat(tested.expectedRuns()).contains(new RunsRange(10, 3, 9));
        assertThat(signals(tested, SignalRule.TOO_MANY_RUNS))
                .containsExactly(new Signal(SignalRule.TOO_MANY_RUNS, month(0), month(9), 10, Side.NEITHER, false));
        assertThat(untested.runs()).isEqualTo(9);
        assertThat(untested.expectedRuns()).isEmpty();
        assertThat(untested.signals()).isEmpty();
    }

    @Test
    void twoRunsInTenObservationsAreTooFewAndThreeAreEnough() {
        // Five 1s then five 3s, median 2: 2 runs, below the table's lower limit of 3 for 10 observations. No shift
        // (runs of 5) and no trend (ties). 1 1 1 3 3 3 3 3 1 1 has 3 runs: no signal.
        Series two = Data.means(Direction.UP, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3);
        Series three = Data.means(Direction.UP, 1, 1, 1, 3, 3, 3, 3, 3, 1, 1);

        assertThat(RunChart.analyse(two, Baseline.DEFAULT, RunRules.IHI).signals())
                .containsExactly(new Signal(SignalRule.TOO_FEW_RUNS, month(0), month(9), 10, Side.NEITHER, false));
        assertThat(RunChart.analyse(three, Baseline.DEFAULT, RunRules.IHI).signals()).isEmpty();
    }

    @Test
    void pointsOnTheMedianAreNotUsefulObservationsForTheRunsTest() {
        // Eleven points, one of them the baseline's median itself (5): 10 useful observations, still tested.
        Series series = Data.means(Direction.UP, 1, 9, 1, 9, 1, 5, 9, 1, 9, 1, 9);

        RunChartResult result = RunChart.analyse(series, Baseline.allPoints(), RunRules.IHI);

        assertThat(result.median()).isEqualTo(5);
        assertThat(result.usefulObservations()).isEqualTo(10);
        assertThat(result.runs()).isEqualTo(10);
        assertThat(result.hasSignal(SignalRule.TOO_MANY_RUNS)).isTrue();
    }

    @Test
    void aPointTheTeamMarkedAstronomicalIsASignalOnItsSideOfTheMedian() {
        List<Point> points = new ArrayList<>(Data.means(Direction.DOWN, 4, 5, 6, 5, 4, 5, 6, 5).points());
        points.add(Point.of(month(8), 19).markedAstronomical(true));
        Series series = Series.of(DataKind.MEAN, Direction.DOWN, points);

        assertThat(RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI).signals()).containsExactly(
                new Signal(SignalRule.ASTRONOMICAL, month(8), month(8), 1, Side.ABOVE, false));
        assertThat(RunChart.analyse(series, Baseline.DEFAULT, RunRules.ANHOEJ).signals()).extracting(Signal::rule)
                .containsExactly(SignalRule.ASTRONOMICAL);
    }

    @Test
    void missingMonthsAreListedAndTheRulesReadThePointsEitherSideAsNeighbours() {
        // Baseline 1 4 3 2 (median 2.5), then months 4–6 above, nothing in months 7 and 8, months 9–11 above: a shift
        // of 6 points across the gap.
        List<Point> points = new ArrayList<>();
        double[] values = {1, 4, 3, 2, 6, 7, 6, 0, 0, 7, 6, 7};
        for (int i = 0; i < values.length; i++) {
            if (i != 7 && i != 8) {
                points.add(Point.of(month(i), values[i]));
            }
        }
        Series series = Series.of(DataKind.MEAN, Direction.UP, points);

        RunChartResult result = RunChart.analyse(series, new Baseline(4), RunRules.IHI);

        assertThat(result.missingMonths()).containsExactly(month(7), month(8));
        assertThat(signals(result, SignalRule.SHIFT))
                .containsExactly(new Signal(SignalRule.SHIFT, month(4), month(11), 6, Side.ABOVE, true));
    }

    @Test
    void aMonthWithAZeroDenominatorIsLeftOutAndSaidSo() {
        Series series = Data.proportions(Direction.UP, new double[] {3, 4, 0, 5}, new double[] {10, 10, 0, 10});

        RunChartResult result = RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI);

        assertThat(result.leftOut()).containsExactly(month(2));
        assertThat(result.points()).extracting(Point::month).containsExactly(month(0), month(1), month(3));
        assertThat(result.median()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void aSeriesOfEqualPointsHasNoUsefulObservationsAndNoSignals() {
        Series series = Data.means(Direction.UP, Data.repeat(7, 24));

        for (RunRules rules : RunRules.values()) {
            RunChartResult result = RunChart.analyse(series, Baseline.DEFAULT, rules);
            assertThat(result.median()).isEqualTo(7);
            assertThat(result.usefulObservations()).isZero();
            assertThat(result.runs()).isZero();
            assertThat(result.signals()).isEmpty();
        }
    }

    @Test
    void oneOrTwoPointsGiveAMedianAndNoSignals() {
        RunChartResult one = RunChart.analyse(Data.means(Direction.UP, 4), Baseline.DEFAULT, RunRules.IHI);
        RunChartResult two = RunChart.analyse(Data.means(Direction.UP, 4, 8), Baseline.DEFAULT, RunRules.ANHOEJ);
        RunChartResult none = RunChart.analyse(Data.means(Direction.UP), Baseline.DEFAULT, RunRules.IHI);

        assertThat(one.median()).isEqualTo(4);
        assertThat(one.signals()).isEmpty();
        assertThat(two.median()).isEqualTo(6);
        assertThat(two.runs()).isEqualTo(2);
        assertThat(two.signals()).isEmpty();
        assertThat(none.median()).isNaN();
        assertThat(none.signals()).isEmpty();
    }

    @Test
    void theBaselineIsTheFirstPointsWithAValue() {
        // Baseline(3) over 9 1 5 | 100 100: the median is 5, not pulled up by the later points.
        Series series = Data.means(Direction.UP, 9, 1, 5, 100, 100);

        RunChartResult result = RunChart.analyse(series, new Baseline(3), RunRules.IHI);

        assertThat(result.median()).isEqualTo(5);
        assertThat(result.baseline()).containsExactly(month(0), month(1), month(2));
        assertThat(RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI).baseline()).hasSize(5);
    }
}
