package org.allteach.measures.analysis;

/** What a measure's monthly value is, which decides its control chart. */
public enum DataKind {
    /** Numerator over denominator, plotted as 0..1 (p-chart). */
    PROPORTION,
    /** Numerator per {@link Series#ratePer()} units of denominator, e.g. falls per 1,000 bed days (u-chart). */
    RATE,
    /** Events in the month, with no denominator (c-chart). */
    COUNT,
    /** A continuous value such as a mean length of stay (XmR chart). */
    MEAN
}
