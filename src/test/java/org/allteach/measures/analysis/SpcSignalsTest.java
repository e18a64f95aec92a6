package org.allteach.measures.analysis;

import static org.allteach.measures.analysis.Data.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

/**
 * The five Shewhart rules of Provost &amp; Murray, The Health Care Data Guide (2011), ch. 5 (the Western Electric
 * rules as adapted for health care): a point beyond the limits; 8 or more on one side of the centre line; 6 or more
 * rising or falling; 2 of 3 consecutive beyond 2σ on the same side; 15 or more within 1σ.
 *
 * <p>The charts are p charts of n = 100 with a baseline of ten months whose numerators average exactly 50:
 * 56 44 53 47 58 42 54 46 51 49 (sum 500). So p̄ = 0.5, σ = √(0.5 × 0.5 / 100) = 0.05: the 1σ band is 45–55, the
 * 2σ band 40–60, the limits 35–65 (numerators). The baseline alternates sides and never trends, so it signals nothing
 * itself; each test appends the months it needs.
 */
class SpcSignalsTest {

    private static final double[] BASELINE = {56, 44, 53, 47, 58, 42, 54, 46, 51, 49};

    private static Series chart(Direction direction, double... after) {
        double[] numerators = DoubleStream.concat(DoubleStream.of(BASELINE), DoubleStream.of(after)).toArray();
        return Data.proportions(direction, numerators, Data.repeat(100, numerators.length));
    }

    private static SpcResult analyse(Series series) {
        return Spc.analyse(series, ChartType.P, List.of(), BASELINE.length);
    }

    private static List<Signal> signals(SpcResult result, SignalRule rule) {
        return result.signals().stream().filter(s -> s.rule() == rule).toList();
    }

    @Test
    void theBaselineAloneSignalsNothing() {
        SpcResult result = analyse(chart(Direction.UP));

        assertThat(result.signals()).isEmpty();
        assertThat(result.points().getFirst().centre()).isCloseTo(0.5, within(1e-12));
        assertThat(result.points().getFirst().upperLimit()).isCloseTo(0.65, within(1e-12));
        assertThat(result.suggestedRecalculation()).isEmpty();
    }

    @Test
    void aPointBeyondTheUpperLimitIsASignalAndItsDirectionDecidesWhetherItIsGood() {
        // 66 > 65.
        assertThat(signals(analyse(chart(Direction.UP, 66)), SignalRule.BEYOND_LIMITS))
                .containsExactly(new Signal(SignalRule.BEYOND_LIMITS, month(10), month(10), 1, Side.ABOVE, true));
        assertThat(signals(analyse(chart(Direction.DOWN, 34)), SignalRule.BEYOND_LIMITS))
                .containsExactly(new Signal(SignalRule.BEYOND_LIMITS, month(10), month(10), 1, Side.BELOW, true));
        assertThat(signals(analyse(chart(Direction.DOWN, 65)), SignalRule.BEYOND_LIMITS)).isEmpty();
    }

    @Test
    void eightOnOneSideAfterTheBaselineSuggestsNewLimitsFromItsFirstMonth() {
        // 52 57 53 56 52 58 54 56: eight above 50 after the baseline's last month (49, below); no trend, nothing
        // beyond 2σ.
        SpcResult result = analyse(chart(Direction.UP, 52, 57, 53, 56, 52, 58, 54, 56));

        assertThat(result.signals()).containsExactly(
                new Signal(SignalRule.EIGHT_ON_ONE_SIDE, month(10), month(17), 8, Side.ABOVE, true));
        assertThat(result.suggestedRecalculation()).contains(month(10));
    }

    @Test
    void sevenOnOneSideAreNotEnoughAndAPointOnTheCentreLineNeitherCountsNorBreaks() {
        assertThat(analyse(chart(Direction.UP, 52, 57, 53, 56, 52, 58, 54)).signals()).isEmpty();

        SpcResult withPointOnCentre = analyse(chart(Direction.UP, 52, 57, 50, 53, 56, 52, 58, 54, 56));

        assertThat(signals(withPointOnCentre, SignalRule.EIGHT_ON_ONE_SIDE))
                .containsExactly(new Signal(SignalRule.EIGHT_ON_ONE_SIDE, month(10), month(18), 8, Side.ABOVE, true));
    }

    @Test
    void aNewPhaseFromTheShiftTakesItsOwnLimitsAndSuggestsNothingMore() {
        Series series = chart(Direction.UP, 52, 57, 53, 56, 52, 58, 54, 56);

        SpcResult result = Spc.analyse(series, ChartType.P, List.of(new Phase(month(10))), BASELINE.length);

        // Phase 2: 438 of 800, p̄ = 0.5475; its points lie on both sides of it.
        assertThat(result.phases()).hasSize(2);
        assertThat(result.phases().get(1).from()).isEqualTo(month(10));
        assertThat(result.phases().get(1).centre()).isCloseTo(0.5475, within(1e-12));
        assertThat(result.points().get(10).phase()).isEqualTo(1);
        assertThat(result.points().get(9).centre()).isCloseTo(0.5, within(1e-12));
        assertThat(result.signals()).isEmpty();
        assertThat(result.suggestedRecalculation()).isEmpty();
    }

    @Test
    void aPhaseStartingInAMonthWithoutDataStartsAtTheNextPoint() {
        List<Point> points = new ArrayList<>(chart(Direction.UP, 52, 57).points());
        points.removeIf(p -> p.month().equals(month(10)));
        Series series = Series.of(DataKind.PROPORTION, Direction.UP, points);

        SpcResult result = Spc.analyse(series, ChartType.P, List.of(new Phase(month(10))), BASELINE.length);

        assertThat(result.missingMonths()).containsExactly(month(10));
        assertThat(result.phases()).extracting(SpcPhase::from).containsExactly(month(0), month(11));
    }

    @Test
    void sixRisingPointsAreATrendAndATieDoesNotBreakIt() {
        // 40 43 46 48 50 53: six rising (the baseline's 49 before them is higher). With the 43 repeated, still six.
        assertThat(signals(analyse(chart(Direction.UP, 40, 43, 46, 48, 50, 53)), SignalRule.SIX_TRENDING))
                .containsExactly(new Signal(SignalRule.SIX_TRENDING, month(10), month(15), 6, Side.UP, true));
        assertThat(signals(analyse(chart(Direction.UP, 40, 43, 43, 46, 48, 50, 53)), SignalRule.SIX_TRENDING))
                .containsExactly(new Signal(SignalRule.SIX_TRENDING, month(10), month(16), 6, Side.UP, true));
        assertThat(signals(analyse(chart(Direction.UP, 40, 43, 43, 46, 48, 50)), SignalRule.SIX_TRENDING)).isEmpty();
    }

    @Test
    void twoOfThreeBeyondTwoSigmaOnTheSameSide() {
        // 62 and 63 above 60 (z = 2.4 and 2.6) around a 50: one signal over the three months.
        assertThat(analyse(chart(Direction.DOWN, 62, 50, 63)).signals()).containsExactly(
                new Signal(SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, month(10), month(12), 2, Side.ABOVE, false));
        // 37 and 39 below 40, the last two months: the rule does not wait for a third.
        assertThat(analyse(chart(Direction.DOWN, 37, 39)).signals()).containsExactly(
                new Signal(SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, month(10), month(11), 2, Side.BELOW, true));
        // 62 then 38: beyond 2σ on opposite sides.
        assertThat(analyse(chart(Direction.DOWN, 62, 50, 38)).signals()).isEmpty();
        // Exactly 2σ (60) is not beyond it.
        assertThat(analyse(chart(Direction.DOWN, 60, 60)).signals()).isEmpty();
    }

    @Test
    void fifteenWithinOneSigmaIsLessVariationThanTheLimitsExpect() {
        // The baseline ends with 54 46 51 49 inside 45–55; fifteen more inside make a stretch of 19 (months 6–24).
        SpcResult result = analyse(chart(Direction.UP, 52, 48, 51, 49, 53, 47, 50, 52, 48, 51, 49, 53, 47, 54, 46));

        assertThat(result.signals()).containsExactly(new Signal(SignalRule.FIFTEEN_WITHIN_ONE_SIGMA, month(6),
                month(24), 19, Side.NEITHER, false));
        assertThat(analyse(chart(Direction.UP, 52, 48, 51, 49, 53, 47, 50, 52, 48, 51)).signals()).isEmpty();
    }

    @Test
    void aMonthWithAZeroDenominatorIsLeftOutAndSaidSo() {
        List<Point> points = new ArrayList<>(chart(Direction.UP, 52).points());
        points.add(Point.proportion(month(11), 0, 0));
        Series series = Series.of(DataKind.PROPORTION, Direction.UP, points);

        SpcResult result = analyse(series);

        assertThat(result.leftOut()).containsExactly(month(11));
        assertThat(result.points()).hasSize(11);
        assertThat(result.signals()).isEmpty();
    }

    @Test
    void eightOnOneSideAcrossMissingMonthsIsStillAShift() {
        List<Point> points = new ArrayList<>(chart(Direction.UP, 52, 57, 53, 56, 0, 0, 52, 58, 54, 56).points());
        points.removeIf(p -> p.month().equals(month(14)) || p.month().equals(month(15)));
        Series series = Series.of(DataKind.PROPORTION, Direction.UP, points);

        SpcResult result = analyse(series);

        assertThat(result.missingMonths()).containsExactly(month(14), month(15));
        assertThat(result.signals()).containsExactly(
                new Signal(SignalRule.EIGHT_ON_ONE_SIDE, month(10), month(19), 8, Side.ABOVE, true));
    }

    @Test
    void anXmrChartOfEqualPointsHasNoSpreadAndNoSignals() {
        SpcResult result = Spc.analyse(Data.means(Direction.UP, Data.repeat(4, 30)), ChartType.XMR, List.of());

        assertThat(result.points()).allSatisfy(p -> {
            assertThat(p.upperLimit()).isEqualTo(4);
            assertThat(p.lowerLimit()).isEqualTo(4);
        });
        assertThat(result.signals()).isEmpty();
    }

    @Test
    void aPChartOfEqualMonthsHugsItsCentreLine() {
        // 50 of 100 every month: the binomial model expects months to differ by about 5 percentage points; twenty
        // identical months are less variation than it allows (and suspicious data).
        Series series = Data.proportions(Direction.UP, Data.repeat(50, 20), Data.repeat(100, 20));

        assertThat(Spc.analyse(series, ChartType.P, List.of()).signals()).extracting(Signal::rule)
                .containsExactly(SignalRule.FIFTEEN_WITHIN_ONE_SIGMA);
    }

    @Test
    void oneOrTwoPointsOnAnXmrChart() {
        SpcResult one = Spc.analyse(Data.means(Direction.UP, 5), ChartType.XMR, List.of());
        SpcResult two = Spc.analyse(Data.means(Direction.UP, 5, 7), ChartType.XMR, List.of());

        // One point: a centre line but no moving range, so no limits.
        assertThat(one.points().getFirst().centre()).isEqualTo(5);
        assertThat(one.points().getFirst().upperLimit()).isNaN();
        assertThat(one.signals()).isEmpty();
        // Two: x̄ = 6, MR̄ = 2, limits 6 ± 5.32.
        assertThat(two.points().get(1).upperLimit()).isCloseTo(6 + 3 * 2 / 1.128, within(1e-9));
        assertThat(two.signals()).isEmpty();
        assertThat(Spc.analyse(Data.means(Direction.UP), ChartType.XMR, List.of()).points()).isEmpty();
    }

    @Test
    void theDefaultBaselineIsTwentyPointsAndLaterPointsDoNotMoveTheLimits() {
        double[] values = DoubleStream.concat(DoubleStream.of(Data.repeat(10, 10)), DoubleStream.of(Data.repeat(12, 10)))
                .toArray();
        double[] more = DoubleStream.concat(DoubleStream.of(values), DoubleStream.of(Data.repeat(30, 5))).toArray();

        SpcResult result = Spc.analyse(Data.means(Direction.UP, more), ChartType.XMR, List.of());

        assertThat(result.phases().getFirst().baselinePoints()).isEqualTo(20);
        assertThat(result.phases().getFirst().baselineTo()).isEqualTo(month(19));
        assertThat(result.points().getLast().centre()).isEqualTo(11);
        assertThat(result.points().get(20).baseline()).isFalse();
    }
}
