package org.allteach.measures.analysis;

/**
 * The points whose median is the run chart's centre line: the first {@code firstPoints} points with a value (fewer if
 * the series is shorter). Months without a value do not count.
 */
public record Baseline(int firstPoints) {

    /** The first 12 points: a year of monthly data, as the issue asks. */
    public static final Baseline DEFAULT = new Baseline(12);

    public Baseline {
        if (firstPoints < 1) {
            throw new IllegalArgumentException("A baseline needs at least one point: " + firstPoints);
        }
    }

    /** Every point is in the baseline: the median of the whole series. */
    public static Baseline allPoints() {
        return new Baseline(Integer.MAX_VALUE);
    }
}
