package org.allteach.measures.analysis;

import static org.allteach.measures.analysis.Data.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Control limits against published worked examples, and hand-built ones with their arithmetic. */
class SpcLimitsTest {

    private static SpcResult all(Series series, ChartType type) {
        return Spc.analyse(series, type, List.of(), series.points().size());
    }

    private static List<Integer> beyond(SpcResult result) {
        return result.signals().stream().filter(s -> s.rule() == SignalRule.BEYOND_LIMITS)
                .map(s -> (int) Data.START.until(s.from(), java.time.temporal.ChronoUnit.MONTHS) + 1).toList();
    }

    /**
     * Montgomery, Introduction to Statistical Quality Control, the p-chart for orange-juice cans (ch. 7): 30
     * samples of 50 cans, 347 nonconforming. p̄ = 347/1500 = 0.2313; UCL = 0.2313 + 3√(0.2313 × 0.7687 / 50) = 0.4102;
     * LCL = 0.0524. Samples 15 and 23 plot above the UCL.
     */
    @Test
    void pChartOfMontgomerysOrangeJuiceCans() {
        double[] nonconforming = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15,
                9, 12, 7, 13, 9, 6};
        Series series = Data.proportions(Direction.DOWN, nonconforming, Data.repeat(50, 30));

        SpcResult result = all(series, ChartType.P);

        SpcPoint first = result.points().getFirst();
        assertThat(first.centre()).isCloseTo(0.2313, within(0.0001));
        assertThat(first.upperLimit()).isCloseTo(0.4102, within(0.0001));
        assertThat(first.lowerLimit()).isCloseTo(0.0524, within(0.0001));
        assertThat(beyond(result)).containsExactly(15, 23);
        assertThat(result.signals()).filteredOn(s -> s.rule() == SignalRule.BEYOND_LIMITS)
                .allSatisfy(s -> assertThat(s.favourable()).isFalse());
    }

    /**
     * Montgomery, the u-chart for personal computers (ch. 7): 20 samples of 5 computers, 193
     * nonconformities. ū = 193/100 = 1.93; UCL = 1.93 + 3√(1.93/5) = 3.79; LCL = 1.93 − 1.86 = 0.07.
     */
    @Test
    void uChartOfMontgomerysPersonalComputers() {
        double[] nonconformities = {10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5};
        Series series = Data.rates(1, nonconformities, Data.repeat(5, 20));

        SpcPoint first = all(series, ChartType.U).points().getFirst();

        assertThat(first.centre()).isCloseTo(1.93, within(0.005));
        assertThat(first.upperLimit()).isCloseTo(3.79, within(0.005));
        assertThat(first.lowerLimit()).isCloseTo(0.07, within(0.005));
    }

    /**
     * Montgomery, the c-chart for printed circuit boards (ch. 7): 26 samples, 516 nonconformities.
     * c̄ = 516/26 = 19.85; UCL = 19.85 + 3√19.85 = 33.22; LCL = 6.48. Samples 6 and 20 plot outside.
     */
    @Test
    void cChartOfMontgomerysCircuitBoards() {
        Series series = Data.counts(21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30,
                24, 16, 19, 17, 15);

        SpcResult result = all(series, ChartType.C);

        SpcPoint first = result.points().getFirst();
        assertThat(first.centre()).isCloseTo(19.85, within(0.005));
        assertThat(first.upperLimit()).isCloseTo(33.22, within(0.01));
        assertThat(first.lowerLimit()).isCloseTo(6.48, within(0.01));
        assertThat(beyond(result)).containsExactly(6, 20);
    }

    /**
     * Montgomery, the individuals and moving-range chart for mortgage-loan processing costs (ch. 6):
     * 20 weeks, x̄ = 300.5, MR̄ = 7.79; UCL = 300.5 + 2.66 × 7.79 = 321.22 (Montgomery writes 3 MR̄/d2
     * with d2 = 1.128), LCL = 279.78; the moving-range chart's upper limit 3.267 × 7.79 = 25.45 (Wheeler: 3.268, 25.46).
     */
    @Test
    void xmrChartOfMontgomerysLoanProcessingCosts() {
        Series series = Data.means(Direction.DOWN, 310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299,
                314, 295, 293, 306, 301, 304);

        SpcResult result = all(series, ChartType.XMR);

        SpcPoint first = result.points().getFirst();
        SpcPhase phase = result.phases().getFirst();
        assertThat(first.centre()).isCloseTo(300.5, within(1e-9));
        assertThat(phase.averageMovingRange()).isCloseTo(7.79, within(0.005));
        assertThat(first.upperLimit()).isCloseTo(321.22, within(0.01));
        assertThat(first.lowerLimit()).isCloseTo(279.78, within(0.01));
        assertThat(phase.movingRangeUpperLimit()).isCloseTo(25.46, within(0.01));
        assertThat(first.movingRange()).isNull();
        assertThat(result.points().get(1).movingRange()).isEqualTo(22.0);
        assertThat(result.signals()).isEmpty();
    }

    /**
     * Wheeler's constants (Understanding Variation, 1993; Making Sense of Data, 2003): natural process limits
     * x̄ ± 2.66 MR̄, moving-range limit 3.268 MR̄. Alternating 10, 12: x̄ = 11, MR̄ = 2, limits 11 ± 5.32, MR limit 6.536.
     * The sigma lines are MR̄/1.128 = 1.773 apart.
     */
    @Test
    void xmrLimitsUseWheelersConstants() {
        Series series = Data.means(Direction.UP, 10, 12, 10, 12, 10, 12, 10, 12);

        SpcResult result = all(series, ChartType.XMR);

        SpcPoint point = result.points().get(3);
        assertThat(point.upperLimit()).isCloseTo(11 + 2.66 * 2, within(0.005));
        assertThat(point.lowerLimit()).isCloseTo(11 - 2.66 * 2, within(0.005));
        assertThat(point.upperOneSigma()).isCloseTo(11 + 2 / 1.128, within(1e-9));
        assertThat(point.upperTwoSigma()).isCloseTo(11 + 4 / 1.128, within(1e-9));
        assertThat(result.phases().getFirst().movingRangeUpperLimit()).isCloseTo(6.536, within(1e-9));
    }

    /**
     * p-chart limits vary with the month's denominator (Montgomery, "variable sample size"). 10/100, 20/200, 30/300:
     * p̄ = 60/600 = 0.1. Month 1: σ = √(0.1 × 0.9 / 100) = 0.03, limits 0.01–0.19, 1σ 0.07–0.13, 2σ 0.04–0.16.
     * Month 3: σ = √(0.09/300) = 0.017321, limits 0.048038–0.151962.
     */
    @Test
    void pChartLimitsVaryWithTheDenominator() {
        Series series = Data.proportions(Direction.UP, new double[] {10, 20, 30}, new double[] {100, 200, 300});

        List<SpcPoint> points = all(series, ChartType.P).points();

        assertThat(points.get(0).upperLimit()).isCloseTo(0.19, within(1e-9));
        assertThat(points.get(0).lowerLimit()).isCloseTo(0.01, within(1e-9));
        assertThat(points.get(0).upperOneSigma()).isCloseTo(0.13, within(1e-9));
        assertThat(points.get(0).lowerTwoSigma()).isCloseTo(0.04, within(1e-9));
        assertThat(points.get(2).upperLimit()).isCloseTo(0.151962, within(1e-6));
        assertThat(points.get(2).lowerLimit()).isCloseTo(0.048038, within(1e-6));
    }

    /**
     * u-chart per 1,000 units: 4 events in 2,000, 6 in 3,000, 2 in 1,000. ū = 12/6000 = 0.002 per unit = 2 per 1,000.
     * Month 1: σ = √(0.002/2000) × 1000 = 1, so UCL 5 and LCL 2 − 3 = −1, drawn at 0. Month 3: σ = √(0.002/1000) × 1000
     * = 1.4142, UCL 6.2426.
     */
    @Test
    void uChartLimitsPerThousandVaryWithTheDenominatorAndStopAtZero() {
        Series series = Data.rates(1000, new double[] {4, 6, 2}, new double[] {2000, 3000, 1000});

        List<SpcPoint> points = all(series, ChartType.U).points();

        assertThat(points.get(0).centre()).isCloseTo(2, within(1e-9));
        assertThat(points.get(0).value()).isCloseTo(2, within(1e-9));
        assertThat(points.get(0).upperLimit()).isCloseTo(5, within(1e-9));
        assertThat(points.get(0).lowerLimit()).isZero();
        assertThat(points.get(2).upperLimit()).isCloseTo(6.2426, within(1e-4));
    }

    /**
     * Laney's p′ (Laney, "Improved control charts for attributes", Quality Engineering 2002;14(4):531–537), built by
     * hand: 100, 130, 90, 120 of 1,000. p̄ = 440/4000 = 0.11, σp = √(0.11 × 0.89 / 1000) = 0.0098944. z-scores
     * −1.0107, 2.0213, −2.0213, 1.0107; their moving ranges 3.0320, 4.0427, 3.0320, average 3.3689;
     * σz = 3.3689 / 1.128 = 2.9866. UCL = 0.11 + 3 × 0.0098944 × 2.9866 = 0.19865, LCL = 0.02135.
     */
    @Test
    void laneyPPrimeWidensTheLimitsBySigmaZ() {
        Series series = Data.proportions(Direction.UP, new double[] {100, 130, 90, 120}, Data.repeat(1000, 4));

        SpcResult prime = all(series, ChartType.P_PRIME);
        SpcResult plain = all(series, ChartType.P);

        assertThat(prime.phases().getFirst().sigmaZ()).isCloseTo(2.9866, within(1e-4));
        assertThat(prime.points().getFirst().upperLimit()).isCloseTo(0.19865, within(1e-5));
        assertThat(prime.points().getFirst().lowerLimit()).isCloseTo(0.02135, within(1e-5));
        assertThat(prime.signals()).isEmpty();
        // The plain p chart's limits: 0.11 ± 3 × 0.0098944 = 0.0803–0.1397.
        assertThat(plain.points().getFirst().upperLimit()).isCloseTo(0.13968, within(1e-5));
        assertThat(plain.phases().getFirst().sigmaZ()).isNaN();
    }

    @Test
    void laneyUPrimeScalesLikeTheUChart() {
        // Same z-scores as a u chart per 1,000: 100, 130, 90, 120 events in 1,000 units each: ū = 0.11, σ = √(0.11/1000)
        // × 1000 = 10.488 per 1,000; z −0.9535, 1.9069, −1.9069, 0.9535; σz = (2.8604 + 3.8139 + 2.8604)/3/1.128
        // = 2.8176; UCL = 110 + 3 × 10.488 × 2.8176 = 198.65.
        Series series = Data.rates(1000, new double[] {100, 130, 90, 120}, Data.repeat(1000, 4));

        SpcResult prime = all(series, ChartType.U_PRIME);

        assertThat(prime.phases().getFirst().sigmaZ()).isCloseTo(2.8176, within(1e-4));
        assertThat(prime.points().getFirst().upperLimit()).isCloseTo(198.65, within(0.01));
    }
}
