package org.allteach.measures.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runs table of Provost &amp; Murray, The Health Care Data Guide (2011), printed in Perla, Provost &amp; Murray,
 * BMJ Qual Saf 2011;20:46–51, and beyond its last row the bounds from Swed &amp; Eisenhart's distribution
 * (Ann Math Stat 1943;14:66–87) for n/2 points above and n/2 below the median, 5% in each tail.
 */
class RunsTableTest {

    /** Perla, Provost &amp; Murray, BMJ Qual Saf 2011;20:46–51, Table 1: useful observations, lower and upper limit. */
    @ParameterizedTest
    @CsvSource({
            "10,3,9", "11,3,10", "12,3,11", "13,4,11", "14,4,12", "15,5,12",
            "16,5,13", "17,5,13", "18,6,14", "19,6,15", "20,6,16", "21,7,16",
            "22,7,17", "23,7,17", "24,8,18", "25,8,18", "26,9,19", "27,10,19",
            "28,10,20", "29,10,20", "30,11,21", "31,11,22", "32,11,23", "33,12,23",
            "34,12,24", "35,13,24", "36,13,25", "37,13,25", "38,14,26", "39,14,26",
            "40,15,27", "41,16,27", "42,16,28", "43,17,28", "44,17,29", "45,17,30",
            "46,17,31", "47,18,31", "48,18,32", "49,19,32", "50,19,33", "51,20,33",
            "52,20,34", "53,21,34", "54,21,35", "55,22,35", "56,22,36", "57,23,36",
            "58,23,37", "59,24,38", "60,24,38"})
    void fewestAndMostRunsAreThePrintedTable(int useful, int fewest, int most) {
        assertThat(RunsDistribution.range(useful)).isEqualTo(new RunsRange(useful, fewest, most));
    }

    /**
     * The computation used beyond the printed table gives its even rows exactly. Worked for n = 10 (5 above, 5 below,
     * C(10, 5) = 252 arrangements): 2 runs in 2 ways, 3 runs in 2 × C(4,1) × C(4,0) = 8 ways, so
     * P(R ≤ 3) = 10/252 = 0.040 ≤ 5% while P(R ≤ 4) = 42/252 = 0.167: the lower limit is 3, and by symmetry the
     * upper 9.
     */
    @ParameterizedTest
    @CsvSource({"10,3,9", "20,6,16", "30,11,21", "40,15,27", "50,19,33", "60,24,38"})
    void theComputedBoundsMatchThePrintedEvenRows(int useful, int fewest, int most) {
        assertThat(RunsDistribution.compute(useful)).isEqualTo(new RunsRange(useful, fewest, most));
    }

    @Test
    void aLongSeriesBeyondThePrintedTableStillGetsARange() {
        // 200 useful observations: the expected number of runs is n/2 + 1 = 101, with a standard deviation of about
        // √(n(n − 2)/(4(n − 1))) = 7.05, so ±1.645 sd gives roughly 89 to 113; the exact discrete bounds are 88–114.
        assertThat(RunsDistribution.range(200)).isEqualTo(new RunsRange(200, 88, 114));
        assertThat(RunsDistribution.range(61)).isEqualTo(new RunsRange(61, 24, 39));
    }

    @Test
    void theFivePercentBinomialQuantileSumsLongSeriesWithoutUnderflow() {
        // Bin(2000, ½): mean 1000, sd 22.36, 5% quantile ≈ 1000 − 1.645 × 22.36 = 963.2.
        assertThat(RunsDistribution.binomialQuantile(0.05, 2000)).isBetween(962, 964);
    }
}
