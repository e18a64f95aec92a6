package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The points the rules run on: those with a value, in month order. Proportions and rates with a zero (or negative)
 * denominator and values that are not numbers are left out; months between the first and the last point without a
 * point are gaps. The rules read the remaining points in order, as if they were consecutive.
 */
record Usable(List<Point> points, List<YearMonth> leftOut, List<YearMonth> missingMonths) {

    static Usable of(Series series) {
        List<Point> points = new ArrayList<>();
        List<YearMonth> leftOut = new ArrayList<>();
        List<YearMonth> missing = new ArrayList<>();
        YearMonth previous = null;
        for (Point point : series.points()) {
            if (previous != null) {
                for (YearMonth m = previous.plusMonths(1); m.isBefore(point.month()); m = m.plusMonths(1)) {
                    missing.add(m);
                }
            }
            previous = point.month();
            boolean needsDenominator = series.kind() == DataKind.PROPORTION || series.kind() == DataKind.RATE;
            if (!Double.isFinite(point.value()) || needsDenominator && !(point.denominator() > 0)) {
                leftOut.add(point.month());
            } else {
                points.add(point);
            }
        }
        return new Usable(List.copyOf(points), List.copyOf(leftOut), List.copyOf(missing));
    }
}
