package org.allteach.measures.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runs table: Swed &amp; Eisenhart (Ann Math Stat 1943;14:66–87), as used for the runs table of Provost &amp;
 * Murray, The Health Care Data Guide (2011), reprinted in Perla, Provost &amp; Murray, BMJ Qual Saf 2011;20:46–51.
 * For n useful observations, n/2 above and n/2 below the median, with 2.5% in each tail.
 */
class RunsTableTest {

    /**
     * Worked for n = 10 (5 above, 5 below, C(10, 5) = 252 arrangements): 2 runs in 2 ways, 3 runs in
     * 2 × C(4,1) × C(4,0) = 8 ways. P(R ≤ 2) = 2/252 = 0.008 ≤ 0.025 but P(R ≤ 3) = 10/252 = 0.040, so fewer than 3 runs
     * is a signal; by symmetry more than 9. The published table gives 3–9 for 10, 5–12 for 15 and 11–21 for 30.
     */
    @ParameterizedTest
    @CsvSource({"10,3,9", "15,5,12", "30,11,21", "19,6,15", "60,24,38"})
    void fewestAndMostRunsOfARandomSeries(int useful, int fewest, int most) {
        assertThat(RunsDistribution.range(useful)).isEqualTo(new RunsRange(useful, fewest, most));
    }

    @Test
    void aLongSeriesBeyondThePrintedTableStillGetsARange() {
        // 200 useful observations: the expected number of runs is n/2 + 1 = 101, with a standard deviation of about
        // √(n(n − 2)/(4(n − 1))) = 7.05, so ±1.96 sd gives roughly 87 to 115.
        RunsRange range = RunsDistribution.range(200);

        assertThat(range.fewest()).isBetween(86, 88);
        assertThat(range.most()).isBetween(114, 116);
    }

    @Test
    void theFivePercentBinomialQuantileSumsLongSeriesWithoutUnderflow() {
        // Bin(2000, ½): mean 1000, sd 22.36, 5% quantile ≈ 1000 − 1.645 × 22.36 = 963.2.
        assertThat(RunsDistribution.binomialQuantile(0.05, 2000)).isBetween(962, 964);
    }
}
