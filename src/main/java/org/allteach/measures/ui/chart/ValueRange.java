package org.allteach.measures.ui.chart;

/**
 * A fixed stretch of a chart's value axis, in the model's units (a proportion as 0..1), so that several charts side
 * by side share one scale and a line that looks higher is higher.
 */
public record ValueRange(double min, double max) {

    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("A range needs a finite minimum below its maximum: " + min + ".." + max);
        }
    }
}
