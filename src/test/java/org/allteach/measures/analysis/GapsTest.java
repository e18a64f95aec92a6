package org.allteach.measures.analysis;

import static org.allteach.measures.analysis.Data.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The disparity gap between a stratum and its reference group, and the rules run on it. */
class GapsTest {

    @Test
    void theDifferenceIsMatchedByMonthAndSkipsMonthsMissingInEither() {
        // Stratum 40%, 45%, (no data), 50%; reference 60%, (zero denominator), 62%, 61%: only months 0 and 3 match.
        Series stratum = Data.proportions(Direction.UP, new double[] {40, 45, 0, 50}, new double[] {100, 100, 0, 100});
        Series reference = Data.proportions(Direction.UP, new double[] {60, 0, 62, 61}, new double[] {100, 0, 100, 100});

        Series gap = Gaps.difference(stratum, reference);

        assertThat(gap.points()).extracting(Point::month).containsExactly(month(0), month(3));
        assertThat(gap.points().get(0).value()).isCloseTo(-0.20, within(1e-12));
        assertThat(gap.points().get(1).value()).isCloseTo(-0.11, within(1e-12));
        assertThat(gap.kind()).isEqualTo(DataKind.MEAN);
        // The stratum is behind (gap below 0): the gap closes by rising.
        assertThat(gap.direction()).isEqualTo(Direction.UP);
    }

    @Test
    void aGapAboveZeroOrARatioAboveOneClosesByFalling() {
        // Readmissions (lower is better): the stratum's rate is higher than the reference's.
        Series stratum = Data.means(Direction.DOWN, 12, 14, 13);
        Series reference = Data.means(Direction.DOWN, 10, 10, 10);

        Series difference = Gaps.difference(stratum, reference);
        Series ratio = Gaps.ratio(stratum, reference);

        assertThat(difference.direction()).isEqualTo(Direction.DOWN);
        assertThat(ratio.direction()).isEqualTo(Direction.DOWN);
        assertThat(ratio.points()).extracting(Point::value).containsExactly(1.2, 1.4, 1.3);
    }

    @Test
    void withoutAGapInTheBaselineTheGapImprovesAsTheMeasureDoes() {
        Series stratum = Data.means(Direction.UP, 10, 10, 12);
        Series reference = Data.means(Direction.UP, 10, 10, 10);

        assertThat(Gaps.difference(stratum, reference).direction()).isEqualTo(Direction.UP);
        assertThat(Gaps.ratio(stratum, reference).direction()).isEqualTo(Direction.UP);
    }

    @Test
    void aRatioSkipsMonthsWhereTheReferenceIsZero() {
        Series stratum = Data.counts(3, 4, 5);
        Series reference = Data.counts(2, 0, 5);

        assertThat(Gaps.ratio(stratum, reference).points()).extracting(Point::month).containsExactly(month(0), month(2));
    }

    @Test
    void twoSeriesOfDifferentKindsHaveNoGap() {
        assertThatThrownBy(() -> Gaps.difference(Data.counts(1), Data.means(Direction.UP, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A vaccination rate (higher is better) where Spanish speakers start 20 points behind the reference group: the
     * gap, −0.20 over the 12-month baseline, then narrows to −0.08 for seven months. The run chart of the gap shows a
     * shift above its baseline median (−0.20) toward 0, an improvement; the XmR chart of the gap shows the same
     * months beyond its upper limit.
     */
    @Test
    void theRulesFindANarrowingGap() {
        List<Point> stratum = new ArrayList<>();
        List<Point> reference = new ArrayList<>();
        double[] baselineNoise = {0.01, -0.01, 0.02, -0.02, 0.0, 0.01, -0.01, 0.02, -0.02, -0.01, 0.01, 0.0};
        for (int i = 0; i < 19; i++) {
            double behind = i < 12 ? 0.20 + baselineNoise[i] : 0.08;
            reference.add(Point.proportion(month(i), 700, 1000));
            stratum.add(Point.proportion(month(i), Math.round((0.70 - behind) * 1000), 1000));
        }
        Series gap = Gaps.difference(Series.of(DataKind.PROPORTION, Direction.UP, stratum),
                Series.of(DataKind.PROPORTION, Direction.UP, reference));

        RunChartResult run = RunChart.analyse(gap, Baseline.DEFAULT, RunRules.IHI);
        SpcResult xmr = Spc.analyse(gap, ChartType.suggested(gap), List.of(), 12);

        assertThat(gap.direction()).isEqualTo(Direction.UP);
        assertThat(run.median()).isCloseTo(-0.20, within(1e-9));
        assertThat(run.signals()).contains(new Signal(SignalRule.SHIFT, month(12), month(18), 7, Side.ABOVE, true));
        assertThat(xmr.type()).isEqualTo(ChartType.XMR);
        assertThat(xmr.signals()).filteredOn(s -> s.rule() == SignalRule.BEYOND_LIMITS).hasSize(7)
                .allSatisfy(s -> assertThat(s.favourable()).isTrue());
        Signal shift = run.signals().stream().filter(s -> s.rule() == SignalRule.SHIFT).findFirst().orElseThrow();
        assertThat(SignalWords.describe(shift, gap, java.util.Locale.ENGLISH)).isEqualTo(
                "Shift since January 2025: 7 months above the baseline median — an improvement, in the desired direction.");
    }
}
