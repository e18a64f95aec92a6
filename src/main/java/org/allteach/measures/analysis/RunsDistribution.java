package org.allteach.measures.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The probabilities behind the runs rules. For 10 to 60 useful observations the runs rule reads Table 1 of Perla,
 * Provost &amp; Murray (The run chart: a simple analytical tool for learning from variation in healthcare processes,
 * BMJ Qual Saf 2011;20:46–51, from Provost &amp; Murray, The Health Care Data Guide, 2011), as printed: it is what
 * IHI worksheets, Life QI and QI Macros users check a chart against. Beyond 60 the same bounds are computed from Swed
 * &amp; Eisenhart's distribution of the number of runs (Ann Math Stat 1943;14:66–87) for n/2 points above and n/2
 * below the median: the lower limit is the largest r with P(R ≤ r) ≤ 5%, the upper the smallest r with
 * P(R ≥ r) ≤ 5%. That computation gives every even row of the printed table exactly; at odd sizes the printed rows
 * differ from it by at most one run (decision 0026).
 */
final class RunsDistribution {

    /** Each tail of the runs bounds beyond the printed table. */
    private static final double TAIL = 0.05;
    private static final double CROSSINGS_QUANTILE = 0.05;
    private static final int FIRST_PRINTED = 10;
    /** Perla, Provost &amp; Murray 2011, Table 1: {lower, upper} for 10, 11, …, 60 useful observations. */
    private static final int[][] PRINTED = {
            {3, 9}, {3, 10}, {3, 11}, {4, 11}, {4, 12}, {5, 12}, {5, 13}, {5, 13}, {6, 14}, {6, 15},
            {6, 16}, {7, 16}, {7, 17}, {7, 17}, {8, 18}, {8, 18}, {9, 19}, {10, 19}, {10, 20}, {10, 20},
            {11, 21}, {11, 22}, {11, 23}, {12, 23}, {12, 24}, {13, 24}, {13, 25}, {13, 25}, {14, 26}, {14, 26},
            {15, 27}, {16, 27}, {16, 28}, {17, 28}, {17, 29}, {17, 30}, {17, 31}, {18, 31}, {18, 32}, {19, 32},
            {19, 33}, {20, 33}, {20, 34}, {21, 34}, {21, 35}, {22, 35}, {22, 36}, {23, 36}, {23, 37}, {24, 38},
            {24, 38}};
    private static final ConcurrentMap<Integer, RunsRange> RANGES = new ConcurrentHashMap<>();

    private RunsDistribution() {
    }

    /**
     * The allowed numbers of runs for this many useful observations (at least 2): fewer than {@code fewest} or more
     * than {@code most} is a signal.
     */
    static RunsRange range(int useful) {
        if (useful < 2) {
            throw new IllegalArgumentException("A runs test needs at least 2 useful observations: " + useful);
        }
        int row = useful - FIRST_PRINTED;
        if (row >= 0 && row < PRINTED.length) {
            return new RunsRange(useful, PRINTED[row][0], PRINTED[row][1]);
        }
        return RANGES.computeIfAbsent(useful, RunsDistribution::compute);
    }

    /** Fewest crossings a random series of this many useful observations shows: qbinom(0.05, n − 1, ½). */
    static int minimumCrossings(int useful) {
        return useful < 2 ? 0 : binomialQuantile(CROSSINGS_QUANTILE, useful - 1);
    }

    /** The longest run a random series of this many useful observations shows: round(log2(n)) + 3 (Schilling 2012). */
    static int longestRunLimit(int useful) {
        return useful < 1 ? 0 : (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
    }

    /** Smallest x with P(X ≤ x) ≥ q for X ~ Binomial(trials, ½), summed in logs so long series do not underflow. */
    static int binomialQuantile(double q, int trials) {
        double logPmf = trials * Math.log(0.5);
        double cumulative = 0;
        for (int x = 0; x <= trials; x++) {
            cumulative += Math.exp(logPmf);
            if (cumulative >= q) {
                return x;
            }
            logPmf += Math.log(trials - x) - Math.log(x + 1);
        }
        return trials;
    }

    /** Computed bounds: the largest r with P(R ≤ r) ≤ 5% and the smallest r with P(R ≥ r) ≤ 5%. */
    static RunsRange compute(int useful) {
        int above = useful / 2;
        int below = useful - above;
        double[] p = runsProbabilities(above, below);
        int lower = 2;
        double atMost = 0;
        for (int r = 2; r <= useful; r++) {
            atMost += p[r];
            if (atMost > TAIL) {
                break;
            }
            lower = r;
        }
        int upper = useful;
        double atLeast = 0;
        for (int r = useful; r >= 2; r--) {
            atLeast += p[r];
            if (atLeast > TAIL) {
                break;
            }
            upper = r;
        }
        return new RunsRange(useful, lower, upper);
    }

    /** P(R = r) for r in 0..n1 + n2: Swed &amp; Eisenhart's formula, in logs. */
    private static double[] runsProbabilities(int n1, int n2) {
        int n = n1 + n2;
        double[] logFactorial = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        double all = logChoose(logFactorial, n, n1);
        double[] p = new double[n + 1];
        for (int r = 2; r <= n; r++) {
            if (r % 2 == 0) {
                int k = r / 2;
                if (k - 1 <= n1 - 1 && k - 1 <= n2 - 1) {
                    p[r] = 2 * Math.exp(logChoose(logFactorial, n1 - 1, k - 1) + logChoose(logFactorial, n2 - 1, k - 1) - all);
                }
            } else {
                int k = (r - 1) / 2;
                double ways = 0;
                if (k <= n1 - 1 && k - 1 <= n2 - 1) {
                    ways += Math.exp(logChoose(logFactorial, n1 - 1, k) + logChoose(logFactorial, n2 - 1, k - 1) - all);
                }
                if (k - 1 <= n1 - 1 && k <= n2 - 1) {
                    ways += Math.exp(logChoose(logFactorial, n1 - 1, k - 1) + logChoose(logFactorial, n2 - 1, k) - all);
                }
                p[r] = ways;
            }
        }
        return p;
    }

    private static double logChoose(double[] logFactorial, int n, int k) {
        return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
    }
}
