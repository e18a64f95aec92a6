package org.allteach.measures.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * One line of points: the measure, a REaL stratum, or a disparity gap. Months without a point are gaps in the line.
 *
 * @param style which colour, symbol and dash it is drawn with (0, 1, 2 …), so a group looks the same in every chart
 *              and its gap looks like it; -1 to take them from the series' position in the chart
 */
public record ChartSeries(String name, Panel panel, List<ChartPoint> points, int style) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(panel, "panel");
        points = List.copyOf(points);
    }

    /** A series drawn in the style of its position in the chart. */
    public ChartSeries(String name, Panel panel, List<ChartPoint> points) {
        this(name, panel, points, -1);
    }

    /** A series on the measure's panel. */
    public ChartSeries(String name, List<ChartPoint> points) {
        this(name, Panel.MEASURE, points);
    }
}
