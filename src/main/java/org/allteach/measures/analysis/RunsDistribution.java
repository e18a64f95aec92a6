package org.allteach.measures.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The probabilities behind the runs rules. The runs table of Provost &amp; Murray (The Health Care Data Guide, 2011,
 * chapter 3; reprinted in Perla, Provost &amp; Murray, BMJ Qual Saf 2011;20:46–51) rests on the distribution of the number
 * of runs in a random arrangement of n/2 points above and n/2 below the median (Swed &amp; Eisenhart, Ann Math Stat
 * 1943;14:66–87), with about 5% risk split between the two tails. Here it is computed exactly rather than copied, so
 * it also covers series longer than the table's 60 points; see decision 0026 for the few sizes where the printed
 * table is one run looser.
 */
final class RunsDistribution {

    /** Each tail of the runs test: 2.5%, together the table's "about 5%". */
    private static final double TAIL = 0.025;
    private static final double CROSSINGS_QUANTILE = 0.05;
    private static final ConcurrentMap<Integer, RunsRange> RANGES = new ConcurrentHashMap<>();

    private RunsDistribution() {
    }

    /** The allowed numbers of runs for this many useful observations (at least 2). */
    static RunsRange range(int useful) {
        if (useful < 2) {
            throw new IllegalArgumentException("A runs test needs at least 2 useful observations: " + useful);
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

    private static RunsRange compute(int useful) {
        int above = useful / 2;
        int below = useful - above;
        double[] p = runsProbabilities(above, below);
        int fewest = 2;
        double fewer = 0;
        for (int r = 2; r <= useful; r++) {
            if (fewer + p[r] > TAIL) {
                fewest = r;
                break;
            }
            fewer += p[r];
        }
        int most = useful;
        double more = 0;
        for (int r = useful; r >= 2; r--) {
            if (more + p[r] > TAIL) {
                most = r;
                break;
            }
            more += p[r];
        }
        return new RunsRange(useful, fewest, most);
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
