package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The improvement chart with hand-made data, only in tests: a run chart with a shift, a p-chart with limits that vary
 * with the denominator (one point above the UCL, limits recalculated in a second phase), and three language strata
 * with the gap between two of them. The numbers are made up to look like a real team's; the limits are worked out
 * here with the textbook p-chart formula, p̄ ± k·√(p̄(1−p̄)/n), because the analysis lives elsewhere.
 */
@Route("test/chart")
@PageTitle("Chart test · AllTeach")
@PermitAll
class ImprovementChartTestView extends Main {

    static final YearMonth RUN_START = YearMonth.of(2025, 1);

    ImprovementChartTestView() {
        addClassName("page");
        Span marker = new Span();
        marker.setId("clicked-marker");
        Span point = new Span();
        point.setId("clicked-point");
        Paragraph clicked = new Paragraph(new Span("Marker: "), marker, new Span(" · Point: "), point);

        ImprovementChart run = chart("run-chart", runChart());
        ImprovementChart p = chart("p-chart", pChart());
        ImprovementChart strata = chart("strata-chart", strataChart());
        for (ImprovementChart chart : List.of(run, p, strata)) {
            chart.addMarkerClickListener(marker::setText);
            chart.addPointClickListener(click -> point.setText(click.series().name() + " " + click.point().month()));
        }
        add(new H1("Improvement charts"), clicked, run, p, strata);
    }

    private static ImprovementChart chart(String id, ChartModel model) {
        ImprovementChart chart = new ImprovementChart();
        chart.setId(id);
        chart.setModel(model);
        return chart;
    }

    /** 24 months; the baseline median is 0.44 and from February 2026 every point is above it: a shift. */
    static ChartModel runChart() {
        double[] values = {0.42, 0.46, 0.40, 0.45, 0.43, 0.47, 0.41, 0.44, 0.48, 0.42, 0.45, 0.44,
                0.43, 0.47, 0.52, 0.55, 0.51, 0.58, 0.56, 0.60, 0.59, 0.62, 0.61, 0.63};
        List<YearMonth> months = ChartModel.timeline(RUN_START, RUN_START.plusMonths(values.length - 1));
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ChartPoint point = ChartPoint.of(months.get(i), values[i]);
            points.add(i >= 13 ? point.asSignal() : point);
        }
        YearMonth baselineEnd = months.get(11);
        return new ChartModel("Patients screened for social needs", "Screened", true, null, months,
                List.of(new ChartSeries("Screened", points)),
                List.of(ChartLine.level("Median", LineKind.CENTRE, RUN_START, baselineEnd, 0.44),
                        ChartLine.level("Median", LineKind.CENTRE_EXTENDED, baselineEnd.plusMonths(1),
                                months.getLast(), 0.44),
                        ChartLine.level("Goal", LineKind.GOAL, RUN_START, months.getLast(), 0.60)),
                List.of(new ChartPeriod("Baseline", RUN_START, baselineEnd)),
                List.of(),
                List.of(new ChartMarker("pdsa-1", YearMonth.of(2025, 12), "PDSA 1", "Screening at check-in"),
                        new ChartMarker("pdsa-2", YearMonth.of(2026, 3), "PDSA 2", "Community health worker calls")),
                "Shift since February 2026: 11 months above the baseline median — an improvement, in the desired "
                        + "direction.");
    }

    /** 20 months of discharges; August 2025 (44 of 55) is above its UCL; limits recalculated from March 2026. */
    static ChartModel pChart() {
        int[] denominators = {48, 52, 35, 60, 44, 70, 38, 55, 62, 41, 90, 47, 58, 36, 66, 50, 72, 45, 80, 54};
        int[] numerators = {26, 27, 20, 31, 25, 37, 19, 44, 34, 22, 50, 25, 33, 19, 47, 37, 51, 33, 58, 40};
        int recalculatedFrom = 14;
        List<YearMonth> months = ChartModel.timeline(RUN_START, RUN_START.plusMonths(denominators.length - 1));
        List<ChartPoint> points = new ArrayList<>();
        List<ChartLine> lines = new ArrayList<>();
        for (int[] phase : new int[][] {{0, recalculatedFrom}, {recalculatedFrom, denominators.length}}) {
            int numerator = 0;
            int denominator = 0;
            for (int i = phase[0]; i < phase[1]; i++) {
                numerator += numerators[i];
                denominator += denominators[i];
            }
            double centre = (double) numerator / denominator;
            YearMonth from = months.get(phase[0]);
            lines.add(ChartLine.level("p̄", LineKind.CENTRE, from, months.get(phase[1] - 1), centre));
            for (int sigmas : new int[] {3, -3, 2, -2, 1, -1}) {
                List<Double> values = new ArrayList<>();
                for (int i = phase[0]; i < phase[1]; i++) {
                    double limit = centre + sigmas * Math.sqrt(centre * (1 - centre) / denominators[i]);
                    values.add(Math.clamp(limit, 0, 1));
                }
                String name = switch (sigmas) {
                    case 3 -> "UCL";
                    case -3 -> "LCL";
                    default -> (sigmas > 0 ? "+" : "−") + Math.abs(sigmas) + "σ";
                };
                lines.add(new ChartLine(name, Math.abs(sigmas) == 3 ? LineKind.LIMIT : LineKind.SIGMA, from,
                        values));
            }
            for (int i = phase[0]; i < phase[1]; i++) {
                double value = (double) numerators[i] / denominators[i];
                double ucl = centre + 3 * Math.sqrt(centre * (1 - centre) / denominators[i]);
                points.add(new ChartPoint(months.get(i), value, numerators[i] + " of " + denominators[i],
                        value > ucl, false));
            }
        }
        return new ChartModel("Discharges with teach-back (p-chart)", "Teach-back", true, null, months,
                List.of(new ChartSeries("Teach-back", points)), lines, List.of(),
                List.of(new ChartPhase(months.get(recalculatedFrom), "Recalculated")),
                List.of(new ChartMarker("pdsa-3", YearMonth.of(2026, 1), "PDSA 3", "Teach-back script on the ward")),
                "August 2025 is above the upper control limit: a special cause. Limits recalculated from March 2026 "
                        + "after a sustained shift.");
    }

    /**
     * Blood pressure control by preferred language, 18 months; "Other" has fewer than 11 patients in March 2026, so
     * that month is left out. The gap (Spanish − English, in percentage points) narrows: 12 months above its median.
     */
    static ChartModel strataChart() {
        YearMonth start = YearMonth.of(2025, 7);
        double[] english = {0.70, 0.71, 0.69, 0.72, 0.70, 0.71, 0.70, 0.72, 0.71, 0.73, 0.72, 0.71, 0.72, 0.73,
                0.72, 0.74, 0.73, 0.74};
        double[] spanish = {0.52, 0.54, 0.51, 0.53, 0.55, 0.52, 0.54, 0.56, 0.58, 0.57, 0.60, 0.61, 0.63, 0.62,
                0.64, 0.66, 0.65, 0.67};
        Double[] other = {0.60, 0.58, 0.62, 0.59, 0.61, 0.60, 0.63, 0.61, null, 0.62, 0.64, 0.63, 0.65, 0.64,
                0.66, 0.65, 0.67, 0.66};
        List<YearMonth> months = ChartModel.timeline(start, start.plusMonths(english.length - 1));
        List<ChartPoint> englishPoints = new ArrayList<>();
        List<ChartPoint> spanishPoints = new ArrayList<>();
        List<ChartPoint> otherPoints = new ArrayList<>();
        List<ChartPoint> gapPoints = new ArrayList<>();
        for (int i = 0; i < english.length; i++) {
            YearMonth month = months.get(i);
            englishPoints.add(ChartPoint.of(month, english[i]));
            spanishPoints.add(ChartPoint.of(month, spanish[i]));
            otherPoints.add(new ChartPoint(month, other[i], other[i] == null ? "fewer than 11 patients" : null,
                    false, false));
            ChartPoint gap = ChartPoint.of(month, Math.round((spanish[i] - english[i]) * 1000) / 10.0);
            gapPoints.add(i >= 6 ? gap.asSignal() : gap);
        }
        YearMonth baselineEnd = months.get(5);
        return new ChartModel("Blood pressure controlled, by preferred language", "Controlled", true,
                "Gap to English (points)", months,
                List.of(new ChartSeries("English", englishPoints), new ChartSeries("Spanish", spanishPoints),
                        new ChartSeries("Other language", otherPoints),
                        new ChartSeries("Gap: Spanish − English", Panel.GAP, gapPoints)),
                List.of(ChartLine.level("Gap median", LineKind.CENTRE, Panel.GAP, start, baselineEnd, -18.0),
                        ChartLine.level("Gap median", LineKind.CENTRE_EXTENDED, Panel.GAP, baselineEnd.plusMonths(1),
                                months.getLast(), -18.0)),
                List.of(new ChartPeriod("Baseline", start, baselineEnd)),
                List.of(),
                List.of(new ChartMarker("pdsa-4", YearMonth.of(2025, 12), "PDSA 4", "Spanish-speaking nurse calls")),
                "The gap between Spanish and English speakers is narrowing: 12 months above the gap's baseline "
                        + "median — an improvement, in the desired direction.");
    }
}
