package org.allteach.measures.analysis;

import java.time.YearMonth;

/**
 * One phase's frozen limits.
 *
 * @param from                  the phase's first month with a value
 * @param baselineTo            the last month its limits were calculated from
 * @param baselinePoints        how many points that was
 * @param centre                the centre line (p̄, ū per {@code ratePer}, c̄ or x̄)
 * @param sigmaZ                Laney's σz on p′ and u′ charts (1 means no over-dispersion); NaN on other charts
 * @param averageMovingRange    XmR: the baseline's average moving range; NaN on other charts
 * @param movingRangeUpperLimit XmR: the moving-range chart's upper limit, 3.268 × the average; NaN on other charts
 */
public record SpcPhase(YearMonth from, YearMonth baselineTo, int baselinePoints, double centre, double sigmaZ,
                       double averageMovingRange, double movingRangeUpperLimit) {
}
