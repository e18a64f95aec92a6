package org.allteach.measures.ui;

import java.time.YearMonth;
import java.util.ArrayList;
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
import org.allteach.measures.analysis.Side;
import org.allteach.measures.analysis.Signal;
import org.allteach.measures.analysis.SpcPhase;
import org.allteach.measures.analysis.SpcPoint;
import org.allteach.measures.analysis.SpcResult;
import org.allteach.measures.ui.chart.ChartLine;
import org.allteach.measures.ui.chart.ChartMarker;
import org.allteach.measures.ui.chart.ChartModel;
import org.allteach.measures.ui.chart.ChartPeriod;
import org.allteach.measures.ui.chart.ChartPhase;
import org.allteach.measures.ui.chart.ChartPoint;
import org.allteach.measures.ui.chart.ChartSeries;
import org.allteach.measures.ui.chart.LineKind;
import org.allteach.measures.ui.chart.Panel;

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
        double median = total.runChart().median();
        List<YearMonth> baseline = total.runChart().baseline();
        if (!Double.isNaN(median) && !baseline.isEmpty()) {
            YearMonth baselineEnd = baseline.getLast();
            lines.add(ChartLine.level("Median", LineKind.CENTRE, baseline.getFirst(), baselineEnd, median));
            if (baselineEnd.isBefore(months.getLast())) {
                lines.add(ChartLine.level("Median (extended)", LineKind.CENTRE_EXTENDED, baselineEnd,
                        months.getLast(), median));
            }
            periods.add(new ChartPeriod("Baseline", baseline.getFirst(), baselineEnd));
        }
        goal(measure, months).ifPresent(lines::add);
        List<ChartPoint> plotted = points.stream().filter(p -> !Double.isNaN(p.value()))
                .map(p -> point(p, total.runChart().signals())).toList();
        return new ChartModel(measure.details().name(), yLabel(measure), percent(measure), null, months,
                List.of(new ChartSeries(total.name(), plotted)), lines, periods, List.of(), markers,
                description(measure, total));
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
                description(measure, total));
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
     * One dimension's strata overlaid, and below them each stratum's gap to the reference group (in percentage points
     * for a proportion).
     */
    static ChartModel strata(MeasureView measure, String dimension, List<MeasureCharts.Stratum> strata) {
        boolean percent = percent(measure);
        List<YearMonth> months = timeline(strata.stream().flatMap(s -> Stream.concat(
                s.values().series().points().stream().map(Point::month),
                s.gap() == null ? Stream.empty() : s.gap().series().points().stream().map(Point::month))),
                List.of());
        List<ChartSeries> series = new ArrayList<>();
        for (MeasureCharts.Stratum stratum : strata) {
            series.add(new ChartSeries(stratum.category() + (stratum.reference() ? " (reference)" : ""),
                    stratum.values().series().points().stream().filter(p -> !Double.isNaN(p.value()))
                            .map(p -> point(p, stratum.values().runChart().signals())).toList()));
        }
        for (MeasureCharts.Stratum stratum : strata) {
            if (stratum.gap() != null) {
                series.add(new ChartSeries("Gap: " + stratum.category(), Panel.GAP, stratum.gap().series().points()
                        .stream().map(p -> new ChartPoint(p.month(), percent ? p.value() * 100 : p.value(), null,
                                inSignal(p.month(), stratum.gap().runChart().signals()), false)).toList()));
            }
        }
        String reference = strata.stream().filter(MeasureCharts.Stratum::reference).map(MeasureCharts.Stratum::category)
                .findFirst().orElse("the reference group");
        return new ChartModel(measure.details().name() + " by " + dimension.toLowerCase(), yLabel(measure), percent,
                "Gap to " + reference + (percent ? " (percentage points)" : ""), months, series, List.of(),
                List.of(), List.of(), List.of(), measure.details().name() + " for each " + dimension.toLowerCase()
                + " group, and each group's gap to " + reference + ".");
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

    private static String description(MeasureView measure, MeasureCharts.Analysed total) {
        return measure.details().name() + ". " + String.join(" ", total.signals());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
