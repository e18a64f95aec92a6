package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month's value.
 *
 * @param value        what is plotted (a proportion as 0..1 when the chart is in percent), or null for a month
 *                     without data, which leaves a gap
 * @param detail       shown with the value, e.g. "18 of 40", or null
 * @param signal       part of a signal (shift, trend, beyond a limit, …): drawn as a large triangle
 * @param astronomical marked by the team as astronomical: drawn as a large diamond
 */
public record ChartPoint(YearMonth month, Double value, String detail, boolean signal, boolean astronomical) {

    public ChartPoint {
        Objects.requireNonNull(month, "month");
    }

    public static ChartPoint of(YearMonth month, Double value) {
        return new ChartPoint(month, value, null, false, false);
    }

    public ChartPoint asSignal() {
        return new ChartPoint(month, value, detail, true, astronomical);
    }
}
