package org.allteach.measures.analysis;

/** The run-chart rule set a collaborative reads its charts with. */
public enum RunRules {
    /** Shift of 6, trend of 5, too few or too many runs (Provost &amp; Murray, The Health Care Data Guide, 2011). */
    IHI,
    /** Longest run above round(log2(n)) + 3, crossings below the 5% binomial quantile (Anhøj &amp; Olesen, 2014). */
    ANHOEJ
}
