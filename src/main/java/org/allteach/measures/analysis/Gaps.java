package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * The disparity gap between a stratum (say, Spanish-speaking patients) and the collaborative's reference group, month
 * by month, as a series of its own that the run-chart and XmR rules read like any other. Months missing (or without a
 * value) in either series are skipped. The gap improves as it closes: toward 0 for a difference, toward 1 for a ratio.
 * Which way that is follows from the median gap over the baseline: a positive difference (a ratio above 1) closes by
 * going down. With no gap at all in the baseline, the gap improves the way the measure does, since a stratum doing
 * better than the reference then moves in the measure's desired direction.
 */
public final class Gaps {

    private Gaps() {
    }

    /** Stratum − reference, in the measure's own units (a proportion's difference is in 0..1). */
    public static Series difference(Series stratum, Series reference) {
        return difference(stratum, reference, Baseline.DEFAULT);
    }

    public static Series difference(Series stratum, Series reference, Baseline baseline) {
        return gap(stratum, reference, baseline, (s, r) -> s - r, 0);
    }

    /** Stratum / reference; months where the reference is 0 have no ratio and are skipped. */
    public static Series ratio(Series stratum, Series reference) {
        return ratio(stratum, reference, Baseline.DEFAULT);
    }

    public static Series ratio(Series stratum, Series reference, Baseline baseline) {
        return gap(stratum, reference, baseline, (s, r) -> s / r, 1);
    }

    private static Series gap(Series stratum, Series reference, Baseline baseline, DoubleBinaryOperator gap,
                              double closed) {
        if (stratum.kind() != reference.kind() || stratum.ratePer() != reference.ratePer()) {
            throw new IllegalArgumentException("A gap needs two series of the same kind and units");
        }
        Map<YearMonth, Point> references = new HashMap<>();
        Usable.of(reference).points().forEach(p -> references.put(p.month(), p));
        List<Point> gaps = new ArrayList<>();
        for (Point point : Usable.of(stratum).points()) {
            Point other = references.get(point.month());
            if (other != null) {
                double value = gap.applyAsDouble(point.value(), other.value());
                if (Double.isFinite(value)) {
                    gaps.add(Point.of(point.month(), value));
                }
            }
        }
        double[] values = gaps.stream().mapToDouble(Point::value).toArray();
        double median = RunChart.median(values, Math.min(baseline.firstPoints(), values.length));
        Direction closing = Patterns.same(median, closed) || Double.isNaN(median) ? stratum.direction()
                : median > closed ? Direction.DOWN : Direction.UP;
        return new Series(gaps, DataKind.MEAN, closing, 1);
    }
}
