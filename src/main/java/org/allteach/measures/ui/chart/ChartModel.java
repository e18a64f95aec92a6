package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link ImprovementChart} draws: plain values, no analysis. The measures feature runs the rules and limits
 * and hands the result in here; the chart only draws it, lists it in its data table and exports it.
 *
 * @param title       shown above the chart and in the exported picture
 * @param yLabel      the measure's axis ("Patients screened")
 * @param percent     the measure panel's values are proportions (0..1), shown as percentages; gap values are shown
 *                    as they are (send percentage points already scaled)
 * @param gapLabel    the axis of the gap panel under the chart ("Gap to reference, percentage points"), or null
 * @param months      the timeline, month by month; every point, line, period and marker falls on one of them
 * @param series      one or more series of points: a measure, REaL strata overlaid, and gap series (own panel)
 * @param lines       centre lines, limits, sigma lines and goals, month by month
 * @param periods     shaded stretches, e.g. the baseline
 * @param phases      boundaries where the limits were recalculated, drawn as labelled vertical lines
 * @param markers     PDSA cycles and changes on the timeline; clicking one tells the listeners its id
 * @param description the chart in words (what it shows, its signals), read by screen readers with the data table
 * @param display     fixed axes, compact size, the gap as a ratio ({@link ChartDisplay#STANDARD} for none of them)
 */
public record ChartModel(String title, String yLabel, boolean percent, String gapLabel, List<YearMonth> months,
        List<ChartSeries> series, List<ChartLine> lines, List<ChartPeriod> periods, List<ChartPhase> phases,
        List<ChartMarker> markers, String description, ChartDisplay display) {

    public ChartModel {
        Objects.requireNonNull(title, "title");
        display = display == null ? ChartDisplay.STANDARD : display;
        months = List.copyOf(months);
        series = List.copyOf(series);
        lines = List.copyOf(lines);
        periods = List.copyOf(periods);
        phases = List.copyOf(phases);
        markers = List.copyOf(markers);
        description = description == null ? "" : description;
        if (new HashSet<>(months).size() != months.size()) {
            throw new IllegalArgumentException("Each month appears once on the timeline: " + months);
        }
        List<YearMonth> used = new ArrayList<>();
        series.forEach(each -> each.points().forEach(point -> used.add(point.month())));
        lines.forEach(line -> {
            used.add(line.from());
            used.add(line.to());
        });
        periods.forEach(period -> {
            used.add(period.from());
            used.add(period.to());
        });
        phases.forEach(phase -> used.add(phase.from()));
        markers.forEach(marker -> used.add(marker.month()));
        for (YearMonth month : used) {
            if (!months.contains(month)) {
                throw new IllegalArgumentException(month + " is not on the chart's timeline " + months);
            }
        }
    }

    /** A full-size chart whose axes fit its data. */
    public ChartModel(String title, String yLabel, boolean percent, String gapLabel, List<YearMonth> months,
                      List<ChartSeries> series, List<ChartLine> lines, List<ChartPeriod> periods,
                      List<ChartPhase> phases, List<ChartMarker> markers, String description) {
        this(title, yLabel, percent, gapLabel, months, series, lines, periods, phases, markers, description,
                ChartDisplay.STANDARD);
    }

    /** Every month from the first to the last, both included: the usual timeline. */
    public static List<YearMonth> timeline(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Where a month sits on the timeline (0 for the first). */
    int indexOf(YearMonth month) {
        return months.indexOf(month);
    }

    boolean hasGapPanel() {
        return series.stream().anyMatch(each -> each.panel() == Panel.GAP);
    }
}
