package org.allteach.measures.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A measure's monthly points in month order (sorted here; two points for one month are refused), its kind, the
 * direction of improvement and, for rates, the units of denominator the rate is expressed per (1 otherwise).
 */
public record Series(List<Point> points, DataKind kind, Direction direction, double ratePer) {

    public Series {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(Point::month));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).month().equals(sorted.get(i - 1).month())) {
                throw new IllegalArgumentException("Two points for " + sorted.get(i).month());
            }
        }
        if (!(ratePer > 0)) {
            throw new IllegalArgumentException("ratePer must be positive: " + ratePer);
        }
        if ((kind == DataKind.PROPORTION || kind == DataKind.RATE)
                && sorted.stream().anyMatch(p -> p.denominator() == null)) {
            throw new IllegalArgumentException(kind + " points need numerator and denominator");
        }
        points = List.copyOf(sorted);
    }

    public static Series of(DataKind kind, Direction direction, List<Point> points) {
        return new Series(points, kind, direction, 1);
    }
}
