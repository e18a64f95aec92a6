package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal or stepped line, month by month from {@code from}: a centre line, a limit that varies with each
 * point's denominator, a sigma line or a goal. Lines of the same name (the UCL of each phase) share a legend entry
 * and a column of the data table. A null value leaves a gap.
 */
public record ChartLine(String name, LineKind kind, Panel panel, YearMonth from, List<Double> values) {

    public ChartLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(from, "from");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A line needs at least one value: " + name);
        }
        values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed: gaps
    }

    public ChartLine(String name, LineKind kind, YearMonth from, List<Double> values) {
        this(name, kind, Panel.MEASURE, from, values);
    }

    /** The same value from one month to another, both included (a median, a goal). */
    public static ChartLine level(String name, LineKind kind, Panel panel, YearMonth from, YearMonth to,
            double value) {
        int months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        return new ChartLine(name, kind, panel, from, Collections.nCopies(months, value));
    }

    public static ChartLine level(String name, LineKind kind, YearMonth from, YearMonth to, double value) {
        return level(name, kind, Panel.MEASURE, from, to, value);
    }

    public YearMonth to() {
        return from.plusMonths(values.size() - 1L);
    }

    /** The value in this month, or null when the line does not reach it. */
    Double valueIn(YearMonth month) {
        long offset = from.until(month, ChronoUnit.MONTHS);
        return offset < 0 || offset >= values.size() ? null : values.get((int) offset);
    }
}
