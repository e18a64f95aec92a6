package org.allteach.measures.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.allteach.measures.MeasureCharts;
import org.allteach.measures.MeasureView;
import org.allteach.measures.analysis.ChartType;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Point;
import org.allteach.measures.analysis.RunChartResult;
import org.allteach.measures.analysis.Side;
import org.allteach.measures.analysis.Signal;
import org.allteach.measures.analysis.SpcPhase;
import org.allteach.measures.analysis.SpcPoint;
import org.allteach.measures.analysis.SpcResult;
import org.allteach.measures.ui.chart.ChartDisplay;
import org.allteach.measures.ui.chart.ChartLine;
import org.allteach.measures.ui.chart.ChartMarker;
import org.allteach.measures.ui.chart.ChartModel;
import org.allteach.measures.ui.chart.ChartPeriod;
import org.allteach.measures.ui.chart.ChartPhase;
import org.allteach.measures.ui.chart.ChartPoint;
import org.allteach.measures.ui.chart.ChartSeries;
import org.allteach.measures.ui.chart.LineKind;
import org.allteach.measures.ui.chart.Panel;
import org.allteach.measures.ui.chart.ValueRange;

/** What the improvement chart draws for a measure: its run chart, its control chart, or its strata and their gaps. */
final class ChartModels {

    private ChartModels() {
    }

    /** The run chart: the points, the baseline median (extended after the baseline), the goal, the signals. */
    static ChartModel runChart(MeasureView measure, MeasureCharts.Analysed total, List<ChartMarker> markers) {
        List<Point> points = total.series().points();
        List<YearMonth> months = timeline(points.stream().map(Point::month), markers);
        List<ChartLine> lines = new ArrayList<>();
        List<ChartPeriod> periods = new ArrayList<>();
        lines.addAll(medianLines(total.runChart(), months, Panel.MEASURE, "Median", 1));
        List<YearMonth> baseline = total.runChart().baseline();
        if (!lines.isEmpty()) {
            periods.add(new ChartPeriod("Baseline", baseline.getFirst(), baseline.getLast()));
        }
        goal(measure, months).ifPresent(lines::add);
        List<ChartPoint> plotted = points.stream().filter(p -> !Double.isNaN(p.value()))
                .map(p -> point(p, total.runChart().signals())).toList();
        return new ChartModel(measure.details().name(), yLabel(measure), percent(measure), null, months,
                List.of(new ChartSeries(total.name(), plotted)), lines, periods, List.of(), markers,
                description(total));
    }

    /** The control chart: the points, the centre line and limits per point (varying for p and u charts). */
    static ChartModel controlChart(MeasureView measure, MeasureCharts.Analysed total, List<ChartMarker> markers) {
        List<SpcPoint> points = total.spc().points();
        List<YearMonth> months = timeline(points.stream().map(SpcPoint::month), markers);
        List<ChartLine> lines = new ArrayList<>();
        if (!points.isEmpty()) {
            YearMonth from = points.getFirst().month();
            lines.add(new ChartLine("Centre line", LineKind.CENTRE, from, perMonth(months, from, points,
                    SpcPoint::centre)));
            lines.add(new ChartLine("UCL", LineKind.LIMIT, from, perMonth(months, from, points,
                    SpcPoint::upperLimit)));
            lines.add(new ChartLine("LCL", LineKind.LIMIT, from, perMonth(months, from, points,
                    SpcPoint::lowerLimit)));
            // The zones the "2 of 3 beyond 2σ" and "15 within 1σ" signals read, so they can be checked by eye.
            lines.add(new ChartLine("+2σ", LineKind.SIGMA, from, perMonth(months, from, points,
                    SpcPoint::upperTwoSigma)));
            lines.add(new ChartLine("+1σ", LineKind.SIGMA, from, perMonth(months, from, points,
                    SpcPoint::upperOneSigma)));
            lines.add(new ChartLine("−1σ", LineKind.SIGMA, from, perMonth(months, from, points,
                    SpcPoint::lowerOneSigma)));
            lines.add(new ChartLine("−2σ", LineKind.SIGMA, from, perMonth(months, from, points,
                    SpcPoint::lowerTwoSigma)));
        }
        goal(measure, months).ifPresent(lines::add);
        List<ChartPoint> plotted = points.stream().map(p -> new ChartPoint(p.month(), p.value(), null,
                inSignal(p.month(), total.spc().signals()), false)).toList();
        List<ChartSeries> series = new ArrayList<>(List.of(new ChartSeries(total.name(), plotted)));
        boolean xmr = total.spc().type() == ChartType.XMR;
        if (xmr) {
            movingRanges(total.spc(), months, series, lines);
        }
        List<ChartPhase> phases = total.spc().phases().stream().skip(1)
                .map(phase -> new ChartPhase(phase.from(), "Recalculated")).toList();
        return new ChartModel(measure.details().name() + " (" + (xmr ? "I and moving range"
                : total.spc().type().name().replace("_PRIME", "′").toLowerCase()) + " chart)", yLabel(measure),
                percent(measure), xmr ? "Moving range" : null, months, series, lines, List.of(), phases, markers,
                description(total));
    }

    /** An XmR chart's second panel: each point's moving range, its average and upper limit per phase. */
    private static void movingRanges(SpcResult spc, List<YearMonth> months, List<ChartSeries> series,
                                     List<ChartLine> lines) {
        series.add(new ChartSeries("Moving range", Panel.GAP, spc.points().stream()
                .filter(p -> p.movingRange() != null)
                .map(p -> new ChartPoint(p.month(), p.movingRange(), null, false, false)).toList()));
        for (int i = 0; i < spc.phases().size(); i++) {
            SpcPhase phase = spc.phases().get(i);
            int index = i;
            List<SpcPoint> ofPhase = spc.points().stream().filter(p -> p.phase() == index).toList();
            if (ofPhase.isEmpty() || Double.isNaN(phase.averageMovingRange())) {
                continue;
            }
            YearMonth from = ofPhase.getFirst().month();
            YearMonth to = ofPhase.getLast().month();
            lines.add(ChartLine.level("Average moving range", LineKind.CENTRE, Panel.GAP, from, to,
                    phase.averageMovingRange()));
            lines.add(ChartLine.level("Moving range limit", LineKind.LIMIT, Panel.GAP, from, to,
                    phase.movingRangeUpperLimit()));
        }
    }

    /**
     * One dimension's strata overlaid, and below them each stratum's gap to the reference group in the form asked
     * for (a difference in percentage points for a proportion, or a ratio), each gap drawn like its stratum. Groups
     * without a value (every denominator 0, or every month left out as a small number) are left out of the legend.
     */
    static ChartModel strata(MeasureView measure, String dimension, List<MeasureCharts.Stratum> strata,
                             MeasureCharts.GapForm form) {
        boolean percent = percent(measure);
        List<YearMonth> months = strataTimeline(strata, form);
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            MeasureCharts.Stratum stratum = strata.get(i);
            if (!stratumPoints(stratum).isEmpty()) {
                series.add(new ChartSeries(stratum.category() + (stratum.reference() ? " (reference)" : ""),
                        Panel.MEASURE, stratumPoints(stratum), i));
            }
        }
        for (int i = 0; i < strata.size(); i++) {
            MeasureCharts.Analysed gap = strata.get(i).gap(form);
            if (gap != null && !gap.series().points().isEmpty()) {
                series.add(new ChartSeries((form == MeasureCharts.GapForm.RATIO ? "Ratio: " : "Gap: ")
                        + strata.get(i).category(), Panel.GAP, gapPoints(measure, gap, form), i));
            }
        }
        List<ChartLine> lines = new ArrayList<>();
        if (series.stream().anyMatch(each -> each.panel() == Panel.GAP)) {
            lines.add(noGap(months, form));
        }
        String reference = reference(strata);
        return new ChartModel(measure.details().name() + " by " + dimension.toLowerCase(), yLabel(measure), percent,
                gapLabel(measure, form, "to " + reference), months, series, lines, List.of(), List.of(), List.of(),
                measure.details().name() + " for each " + dimension.toLowerCase() + " group, and each group's "
                + (form == MeasureCharts.GapForm.RATIO ? "ratio" : "gap") + " to " + reference + ".",
                new ChartDisplay(null, null, false, form == MeasureCharts.GapForm.RATIO));
    }

    /**
     * One small chart per stratum of a dimension, on one timeline and one value scale (and one gap scale), so that a
     * line drawn higher is higher: the stratum with its run-chart median and signals, and under it its gap to the
     * reference group in the form asked for, with the gap's own median and the line where there is no gap. The
     * reference group's chart says so and has no gap. Strata with nothing to show (every month left out as a small
     * number, or every denominator 0) have no chart; the page says why.
     */
    static List<ChartModel> smallMultiples(MeasureView measure, String dimension, List<MeasureCharts.Stratum> strata,
                                           MeasureCharts.GapForm form) {
        List<YearMonth> months = strataTimeline(strata, form);
        List<Double> measureValues = new ArrayList<>();
        List<Double> gapValues = new ArrayList<>();
        for (MeasureCharts.Stratum stratum : strata) {
            stratum.values().series().points().forEach(p -> measureValues.add(p.value()));
            MeasureCharts.Analysed gap = stratum.gap(form);
            if (gap != null) {
                gapPoints(measure, gap, form).forEach(p -> gapValues.add(p.value()));
            }
        }
        boolean ratio = form == MeasureCharts.GapForm.RATIO;
        Optional<ValueRange> measureRange = niceRange(measureValues, percent(measure));
        Optional<ValueRange> gapRange = gapValues.isEmpty() ? Optional.empty()
                : niceRange(Stream.concat(gapValues.stream(), Stream.of(ratio ? 1.0 : 0.0)).toList(), false);
        ChartDisplay display = new ChartDisplay(measureRange.orElse(null), gapRange.orElse(null), true, ratio);
        List<ChartModel> charts = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            MeasureCharts.Stratum stratum = strata.get(i);
            if (stratum.values().series().points().stream().allMatch(p -> Double.isNaN(p.value()))) {
                continue;
            }
            List<ChartSeries> series = new ArrayList<>();
            List<ChartLine> lines = new ArrayList<>();
            series.add(new ChartSeries(stratum.category(), Panel.MEASURE, stratumPoints(stratum), i));
            lines.addAll(medianLines(stratum.values().runChart(), months, Panel.MEASURE, "Median", 1));
            MeasureCharts.Analysed gap = stratum.gap(form);
            if (gap != null && !gap.series().points().isEmpty()) {
                series.add(new ChartSeries((ratio ? "Ratio to " : "Gap to ") + stratum.referenceCategory(),
                        Panel.GAP, gapPoints(measure, gap, form), i));
                lines.addAll(medianLines(gap.runChart(), months, Panel.GAP, "Gap median",
                        gapScale(measure, form)));
                lines.add(noGap(months, form));
            }
            String title = stratum.category() + (stratum.reference() ? " (reference)" : "");
            charts.add(new ChartModel(title, yLabel(measure), percent(measure), gapLabel(measure, form, null),
                    months, series, lines, List.of(), List.of(), List.of(), measure.details().name() + " for "
                    + stratum.category() + (stratum.reference() ? ", the reference group" : "") + ". "
                    + String.join(" ", stratum.values().signals()) + (gap == null ? "" : " " + String.join(" ", gap.signals())), display));
        }
        return charts;
    }

    /**
     * The smallest round stretch holding every value: whole tens of percent for a proportion (within 0–100%),
     * otherwise whole steps of a power of ten (halved while that leaves more than 6 steps unfilled).
     */
    static Optional<ValueRange> niceRange(List<Double> values, boolean percent) {
        double[] finite = values.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(v -> v)
                .toArray();
        if (finite.length == 0) {
            return Optional.empty();
        }
        double min = Arrays.stream(finite).min().orElseThrow();
        double max = Arrays.stream(finite).max().orElseThrow();
        if (percent) {
            double low = Math.max(0, Math.floor(min * 10 + 1e-9) / 10);
            double high = Math.min(1, Math.ceil(max * 10 - 1e-9) / 10);
            return Optional.of(high > low ? new ValueRange(low, high)
                    : low >= 0.9 ? new ValueRange(0.9, 1) : new ValueRange(low, low + 0.1));
        }
        double span = max - min > 0 ? max - min : Math.max(Math.abs(max), 1);
        double step = Math.pow(10, Math.floor(Math.log10(span)));
        if (span / step <= 2) {
            step /= 5;
        } else if (span / step <= 5) {
            step /= 2;
        }
        double low = Math.floor(min / step + 1e-9) * step;
        double high = Math.ceil(max / step - 1e-9) * step;
        return Optional.of(new ValueRange(low, high > low ? high : low + step));
    }

    private static List<YearMonth> strataTimeline(List<MeasureCharts.Stratum> strata, MeasureCharts.GapForm form) {
        return timeline(strata.stream().flatMap(s -> Stream.concat(
                s.values().series().points().stream().map(Point::month),
                s.gap(form) == null ? Stream.empty() : s.gap(form).series().points().stream().map(Point::month))),
                List.of());
    }

    private static List<ChartPoint> stratumPoints(MeasureCharts.Stratum stratum) {
        return stratum.values().series().points().stream().filter(p -> !Double.isNaN(p.value()))
                .map(p -> point(p, stratum.values().runChart().signals())).toList();
    }

    /** A gap's points as the gap panel shows them: a proportion's difference in percentage points. */
    private static List<ChartPoint> gapPoints(MeasureView measure, MeasureCharts.Analysed gap,
                                              MeasureCharts.GapForm form) {
        double scale = gapScale(measure, form);
        return gap.series().points().stream().map(p -> new ChartPoint(p.month(), p.value() * scale, null,
                inSignal(p.month(), gap.runChart().signals()), false)).toList();
    }

    private static double gapScale(MeasureView measure, MeasureCharts.GapForm form) {
        return percent(measure) && form == MeasureCharts.GapForm.DIFFERENCE ? 100 : 1;
    }

    /** Where the gap is closed: 0 for a difference, 1 for a ratio, across the timeline. */
    private static ChartLine noGap(List<YearMonth> months, MeasureCharts.GapForm form) {
        return ChartLine.level("No gap", LineKind.GOAL, Panel.GAP, months.getFirst(), months.getLast(),
                form == MeasureCharts.GapForm.RATIO ? 1 : 0);
    }

    /** The run chart's baseline median over the baseline, then extended (dashed) to the end of the timeline. */
    private static List<ChartLine> medianLines(RunChartResult run, List<YearMonth> months, Panel panel, String name,
                                               double scale) {
        double median = run.median();
        List<YearMonth> baseline = run.baseline();
        if (Double.isNaN(median) || baseline.isEmpty()) {
            return List.of();
        }
        List<ChartLine> lines = new ArrayList<>();
        YearMonth baselineEnd = baseline.getLast();
        lines.add(ChartLine.level(name, LineKind.CENTRE, panel, baseline.getFirst(), baselineEnd, median * scale));
        if (baselineEnd.isBefore(months.getLast())) {
            lines.add(ChartLine.level(name + " (extended)", LineKind.CENTRE_EXTENDED, panel, baselineEnd,
                    months.getLast(), median * scale));
        }
        return lines;
    }

    private static String reference(List<MeasureCharts.Stratum> strata) {
        return strata.stream().filter(MeasureCharts.Stratum::reference).map(MeasureCharts.Stratum::category)
                .findFirst().orElse("the reference group");
    }

    /**
     * The gap panel's axis, short enough to stand along it: "Gap, % points" for a proportion's difference, else the
     * form and, when given, the reference group ("Ratio to English"). The "No gap" line shows where the gap closes.
     */
    private static String gapLabel(MeasureView measure, MeasureCharts.GapForm form, String to) {
        if (percent(measure) && form == MeasureCharts.GapForm.DIFFERENCE) {
            return "Gap, % points";
        }
        return (form == MeasureCharts.GapForm.RATIO ? "Ratio" : "Gap") + (to == null ? "" : " " + to);
    }

    private static List<YearMonth> timeline(Stream<YearMonth> pointMonths, List<ChartMarker> markers) {
        List<YearMonth> all = Stream.concat(pointMonths, markers.stream().map(ChartMarker::month))
                .sorted().toList();
        if (all.isEmpty()) {
            YearMonth now = YearMonth.now();
            return ChartModel.timeline(now, now);
        }
        return ChartModel.timeline(all.getFirst(), all.getLast());
    }

    private static List<Double> perMonth(List<YearMonth> months, YearMonth from, List<SpcPoint> points,
                                         ToDoubleFunction<SpcPoint> value) {
        List<Double> values = new ArrayList<>();
        for (YearMonth month : months.subList(months.indexOf(from), months.indexOf(points.getLast().month()) + 1)) {
            values.add(points.stream().filter(p -> p.month().equals(month)).findFirst()
                    .map(p -> Double.isNaN(value.applyAsDouble(p)) ? null : value.applyAsDouble(p)).orElse(null));
        }
        return values;
    }

    private static Optional<ChartLine> goal(MeasureView measure, List<YearMonth> months) {
        return Optional.ofNullable(measure.details().goal()).map(goal -> ChartLine.level("Goal",
                LineKind.GOAL, months.getFirst(), months.getLast(), goal.doubleValue()));
    }

    private static ChartPoint point(Point point, List<Signal> signals) {
        return new ChartPoint(point.month(), point.value(), point.numerator() == null ? null
                : plain(point.numerator()) + " / " + plain(point.denominator()), inSignal(point.month(), signals),
                point.astronomical());
    }

    /** Whether the month is part of a signal that has a direction (a shift, a trend, a point beyond the limits). */
    private static boolean inSignal(YearMonth month, List<Signal> signals) {
        return signals.stream().filter(s -> s.side() != Side.NEITHER)
                .anyMatch(s -> !month.isBefore(s.from()) && !month.isAfter(s.to()));
    }

    private static boolean percent(MeasureView measure) {
        return measure.details().kind() == DataKind.PROPORTION;
    }

    private static String yLabel(MeasureView measure) {
        return switch (measure.details().kind()) {
            case PROPORTION -> "Percent";
            case RATE -> "Per " + String.format("%,d", measure.details().ratePer());
            case COUNT, MEAN -> Objects.requireNonNullElse(measure.details().unit(),
                    measure.details().kind() == DataKind.COUNT ? "Count" : "Mean");
        };
    }

    /** The chart in words after its title (which names the measure): its signals. */
    private static String description(MeasureCharts.Analysed total) {
        return total.signals().isEmpty() ? "No signal so far." : String.join(" ", total.signals());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
