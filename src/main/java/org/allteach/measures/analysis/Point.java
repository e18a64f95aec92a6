package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of a measure. {@code value} is what is plotted: a proportion as 0..1, a rate already per
 * {@link Series#ratePer()}. {@code numerator} and {@code denominator} are null for counts and means. A proportion or
 * rate with a zero denominator has no value; the analysis leaves it out and says so. {@code astronomical}: the team
 * marked the point as obviously different from the rest.
 */
public record Point(YearMonth month, double value, Double numerator, Double denominator, boolean astronomical) {

    public Point {
        Objects.requireNonNull(month, "month");
    }

    /** A count or mean. */
    public static Point of(YearMonth month, double value) {
        return new Point(month, value, null, null, false);
    }

    /** A proportion (0..1). A zero denominator gives a point without a value. */
    public static Point proportion(YearMonth month, double numerator, double denominator) {
        return new Point(month, numerator / denominator, numerator, denominator, false);
    }

    /** A rate per {@code ratePer} units of denominator. A zero denominator gives a point without a value. */
    public static Point rate(YearMonth month, double numerator, double denominator, double ratePer) {
        return new Point(month, numerator / denominator * ratePer, numerator, denominator, false);
    }

    /** The same point, marked (or unmarked) as astronomical by the team. */
    public Point markedAstronomical(boolean marked) {
        return new Point(month, value, numerator, denominator, marked);
    }
}
