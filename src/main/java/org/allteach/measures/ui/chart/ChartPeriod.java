package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.util.Objects;

/** A shaded stretch of the timeline, both months included, e.g. "Baseline". */
public record ChartPeriod(String label, YearMonth from, YearMonth to) {

    public ChartPeriod {
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(label + " ends before it starts: " + from + " to " + to);
        }
    }
}
