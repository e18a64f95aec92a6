package org.allteach.measures.analysis;

import java.util.ArrayList;
import java.util.List;

/** The run and trend patterns both chart kinds look for, over a stretch of point indices. */
final class Patterns {

    /** Values this close to each other (relative to their size) count as equal: on the centre line, or a tie. */
    private static final double TOLERANCE = 1e-9;

    private Patterns() {
    }

    /** A stretch of points: indices of its first and last counted point, how many it counts, and +1/−1 for its way. */
    record Stretch(int first, int last, int points, int sign) {
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** +1 above, −1 below, 0 on the centre line. */
    static int side(double value, double centre) {
        return same(value, centre) ? 0 : value > centre ? 1 : -1;
    }

    /**
     * The runs of points in [from, to) on one side of their centre line. A point on the centre line neither counts
     * nor ends a run (Provost &amp; Murray 2011, ch. 3).
     */
    static List<Stretch> runs(double[] values, double[] centres, int from, int to) {
        List<Stretch> runs = new ArrayList<>();
        int first = -1;
        int last = -1;
        int count = 0;
        int sign = 0;
        for (int i = from; i < to; i++) {
            int side = side(values[i], centres[i]);
            if (side == 0) {
                continue;
            }
            if (side != sign && count > 0) {
                runs.add(new Stretch(first, last, count, sign));
                count = 0;
            }
            if (count == 0) {
                first = i;
                sign = side;
            }
            last = i;
            count++;
        }
        if (count > 0) {
            runs.add(new Stretch(first, last, count, sign));
        }
        return runs;
    }

    /**
     * The stretches in [from, to) of at least {@code minimum} points all rising or all falling. When successive points
     * have the same value only the first counts; the tie neither adds to nor breaks the trend (Provost &amp; Murray
     * 2011, ch. 3). A stretch starts at the point before its first step.
     */
    static List<Stretch> trends(double[] values, int from, int to, int minimum) {
        List<Stretch> trends = new ArrayList<>();
        if (to - from < 2) {
            return trends;
        }
        int counted = from;
        int first = from;
        int count = 1;
        int sign = 0;
        for (int i = from + 1; i < to; i++) {
            if (same(values[i], values[counted])) {
                continue;
            }
            int step = values[i] > values[counted] ? 1 : -1;
            if (step != sign) {
                if (count >= minimum) {
                    trends.add(new Stretch(first, counted, count, sign));
                }
                first = counted;
                count = 1;
                sign = step;
            }
            count++;
            counted = i;
        }
        if (count >= minimum && sign != 0) {
            trends.add(new Stretch(first, counted, count, sign));
        }
        return trends;
    }
}
