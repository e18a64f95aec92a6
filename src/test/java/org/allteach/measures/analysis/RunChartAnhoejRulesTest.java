package org.allteach.measures.analysis;

import static org.allteach.measures.analysis.Data.month;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Anhøj rules: Anhøj &amp; Olesen, "Run charts revisited: a simulation study of run chart rules for detection of
 * non-random variation in health care processes", PLOS ONE 2014;9(11):e113825. A shift is a run longer than
 * round(log2(n) + 3) and a crossings signal fewer crossings than the 5% quantile of Binomial(n − 1, ½), n being the
 * useful observations (qicharts2 computes the same: round(log2(n)) + 3 and qbinom(0.05, n − 1, 0.5)).
 */
class RunChartAnhoejRulesTest {

    /**
     * Critical values as in the paper's table of limits for 10 to 60 useful observations. Worked for n = 10:
     * log2(10) = 3.32, + 3 = 6.32, round 6; P(X ≤ 1) = 10/512 = 0.020 and P(X ≤ 2) = 46/512 = 0.090 for
     * X ~ Bin(9, ½), so the 5% quantile is 2.
     */
    @ParameterizedTest
    @CsvSource({"10,6,2", "11,6,2", "12,7,3", "20,7,6", "24,8,8", "30,8,10", "40,8,14", "60,9,23"})
    void limitsForTheLongestRunAndTheFewestCrossings(int useful, int longestRun, int fewestCrossings) {
        assertThat(RunsDistribution.longestRunLimit(useful)).isEqualTo(longestRun);
        assertThat(RunsDistribution.minimumCrossings(useful)).isEqualTo(fewestCrossings);
    }

    @Test
    void aRunOfNineInTenUsefulObservationsIsAShift() {
        // Baseline of the first 3 points, 1 3 2, median 2. The 1 is below, the 2 on the median and skipped, and the 3
        // plus eight points at 5 or 6 make a run of 9 above: longer than 6, the limit for n = 10. Its one crossing is
        // also fewer than the 2 a random series of 10 shows.
        Series series = Data.means(Direction.UP, 1, 3, 2, 5, 6, 5, 6, 5, 6, 5, 6);

        RunChartResult result = RunChart.analyse(series, new Baseline(3), RunRules.ANHOEJ);

        assertThat(result.usefulObservations()).isEqualTo(10);
        assertThat(result.longestRun()).isEqualTo(9);
        assertThat(result.longestRunLimit()).isEqualTo(6);
        assertThat(result.signals()).containsExactly(
                new Signal(SignalRule.TOO_FEW_CROSSINGS, month(0), month(10), 10, Side.NEITHER, false),
                new Signal(SignalRule.LONGEST_RUN, month(1), month(10), 9, Side.ABOVE, true));
    }

    @Test
    void oneCrossingInTenUsefulObservationsIsTooFew() {
        // Five 1s and five 3s around the median 2: one crossing, fewer than the 2 a random series shows; the longest
        // run (5) stays within its limit of 6.
        Series series = Data.means(Direction.UP, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3);

        RunChartResult result = RunChart.analyse(series, Baseline.DEFAULT, RunRules.ANHOEJ);

        assertThat(result.crossings()).isEqualTo(1);
        assertThat(result.minimumCrossings()).isEqualTo(2);
        assertThat(result.signals()).containsExactly(
                new Signal(SignalRule.TOO_FEW_CROSSINGS, month(0), month(9), 10, Side.NEITHER, false));
    }

    @Test
    void theAnhoejRulesHaveNoTrendRule() {
        // Anhøj & Olesen found the trend rule adds false signals without finding drifts sooner, and dropped it.
        Series series = Data.means(Direction.UP, 5, 1, 9, 2, 3, 4, 6, 7, 8, 2, 9, 1);

        assertThat(RunChart.analyse(series, Baseline.DEFAULT, RunRules.IHI).hasSignal(SignalRule.TREND)).isTrue();
        assertThat(RunChart.analyse(series, Baseline.DEFAULT, RunRules.ANHOEJ).hasSignal(SignalRule.TREND)).isFalse();
    }

    @Test
    void fivePointsCannotSignal() {
        // n = 5: the longest run allowed is round(2.32) + 3 = 5, all of them; the 5% quantile of Bin(4, ½) is 0
        // (P(X = 0) = 1/16 = 0.0625 ≥ 0.05).
        Series series = Data.means(Direction.UP, 1, 9, 9, 9, 9, 9);

        RunChartResult result = RunChart.analyse(series, new Baseline(1), RunRules.ANHOEJ);

        assertThat(result.longestRunLimit()).isEqualTo(5);
        assertThat(result.minimumCrossings()).isZero();
        assertThat(result.signals()).isEmpty();
    }
}
