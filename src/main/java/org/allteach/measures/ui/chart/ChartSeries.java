package org.allteach.measures.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * One line of points: the measure, a REaL stratum, or a disparity gap. Months without a point are gaps in the line.
 */
public record ChartSeries(String name, Panel panel, List<ChartPoint> points) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(panel, "panel");
        points = List.copyOf(points);
    }

    /** A series on the measure's panel. */
    public ChartSeries(String name, List<ChartPoint> points) {
        this(name, Panel.MEASURE, points);
    }
}
