package org.allteach.measures.analysis;

/** Which rule found a signal; the first group belongs to run charts, the second to Shewhart charts. */
public enum SignalRule {
    /** IHI: 6 or more consecutive points on one side of the median. */
    SHIFT,
    /** IHI: 5 or more points all rising or all falling. */
    TREND,
    /** IHI: fewer runs than the runs table allows. */
    TOO_FEW_RUNS,
    /** IHI: more runs than the runs table allows. */
    TOO_MANY_RUNS,
    /** Anhøj: a run longer than round(log2(n)) + 3. */
    LONGEST_RUN,
    /** Anhøj: fewer median crossings than the 5% quantile of Binomial(n − 1, ½). */
    TOO_FEW_CROSSINGS,
    /** A point the team marked as obviously different from the rest. */
    ASTRONOMICAL,
    /** Shewhart: a point beyond the 3-sigma limits. */
    BEYOND_LIMITS,
    /** Shewhart: 8 or more consecutive points on one side of the centre line. */
    EIGHT_ON_ONE_SIDE,
    /** Shewhart: 6 or more points all rising or all falling. */
    SIX_TRENDING,
    /** Shewhart: 2 of 3 consecutive points beyond 2 sigma on the same side. */
    TWO_OF_THREE_BEYOND_TWO_SIGMA,
    /** Shewhart: 15 or more consecutive points within 1 sigma of the centre line. */
    FIFTEEN_WITHIN_ONE_SIGMA;

    /** Whether the rule reads a run chart (against the median) rather than a Shewhart chart (centre line, limits). */
    public boolean runChart() {
        return ordinal() <= ASTRONOMICAL.ordinal();
    }
}
