package org.allteach.measures.ui.chart;

/** A point someone clicked: its series and the point itself (its month, value and flags). */
public record ChartPointClick(ChartSeries series, ChartPoint point) {
}
