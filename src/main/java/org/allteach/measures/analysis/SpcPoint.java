package org.allteach.measures.analysis;

import java.time.YearMonth;

/**
 * One plotted point of a Shewhart chart with its lines. Limits vary with the denominator on p and u charts; a lower
 * line below 0 (or an upper line above 1 on a p chart) is drawn at that bound. Lines are NaN when the phase's
 * baseline cannot give a spread (an XmR phase of one point).
 *
 * @param phase       index into {@link SpcResult#phases()}
 * @param baseline    whether the point is among those the phase's limits were calculated from
 * @param movingRange XmR only: the absolute difference from the phase's previous point; null otherwise and for the
 *                    phase's first point
 */
public record SpcPoint(YearMonth month, double value, int phase, boolean baseline, double centre, double lowerLimit,
                       double upperLimit, double lowerOneSigma, double upperOneSigma, double lowerTwoSigma,
                       double upperTwoSigma, Double movingRange) {
}
