package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Series as the tests write them: monthly values from January 2024 on. */
final class Data {

    static final YearMonth START = YearMonth.of(2024, 1);

    private Data() {
    }

    static YearMonth month(int index) {
        return START.plusMonths(index);
    }

    static Series means(Direction direction, double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(Point.of(month(i), values[i]));
        }
        return Series.of(DataKind.MEAN, direction, points);
    }

    static Series counts(double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(Point.of(month(i), values[i]));
        }
        return Series.of(DataKind.COUNT, Direction.DOWN, points);
    }

    static Series proportions(Direction direction, double[] numerators, double[] denominators) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            points.add(Point.proportion(month(i), numerators[i], denominators[i]));
        }
        return Series.of(DataKind.PROPORTION, direction, points);
    }

    static Series rates(double ratePer, double[] numerators, double[] denominators) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            points.add(Point.rate(month(i), numerators[i], denominators[i], ratePer));
        }
        return new Series(points, DataKind.RATE, Direction.DOWN, ratePer);
    }

    static double[] repeat(double value, int times) {
        double[] values = new double[times];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
