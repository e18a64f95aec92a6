package org.allteach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.sun.management.ThreadMXBean;
import org.allteach.measures.analysis.Baseline;
import org.allteach.measures.analysis.ChartType;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.measures.analysis.Phase;
import org.allteach.measures.analysis.Point;
import org.allteach.measures.analysis.RunChart;
import org.allteach.measures.analysis.RunRules;
import org.allteach.measures.analysis.Series;
import org.allteach.measures.analysis.Spc;
import org.junit.jupiter.api.Test;

/**
 * The measure-analysis benchmark of the team-measures issue, run by {@code ./mvnw -Pbench verify} and never by the
 * normal build: 1,000 series of 60 monthly points (a quarter each proportions, rates per 1,000, counts and means, from
 * one random seed, some with a shift half-way), each read as a run chart (IHI and Anhøj rules) and as its suggested
 * Shewhart chart with limits and signals. Prints the total and the time per series and writes
 * {@code target/bench/measure-analysis.txt}. Plain JUnit: the analysis needs no Spring context. Fails only if no rule
 * fires anywhere (the data would then test nothing), never on timings.
 */
class MeasureAnalysisBench {

    private static final int SERIES = 1_000;
    private static final int POINTS = 60;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 10;
    private static final double GOAL_TOTAL_MS = 1_000;
    private static final double GOAL_PER_SERIES_MS = 1;
    private static final Path REPORT = Path.of("target/bench/measure-analysis.txt");

    @Test
    void analysesOf1000SeriesOf60Points() throws IOException {
        List<Series> series = series(new Random(2026));
        int signals = analyseAll(series);
        assertThat(signals).isPositive();

        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            analyseAll(series);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] wallMs = new double[MEASURED_ROUNDS];
        double[] cpuMs = new double[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            analyseAll(series);
            wallMs[round] = (System.nanoTime() - started) / 1e6;
            cpuMs[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        String report = report(signals, wallMs, cpuMs, loadBefore, loadAfter);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    /** Run chart with both rule sets plus the suggested control chart; returns the signals found. */
    private static int analyseAll(List<Series> series) {
        int signals = 0;
        for (Series s : series) {
            signals += RunChart.analyse(s, Baseline.DEFAULT, RunRules.IHI).signals().size();
            signals += RunChart.analyse(s, Baseline.DEFAULT, RunRules.ANHOEJ).signals().size();
            signals += Spc.analyse(s, ChartType.suggested(s), List.of(new Phase(YearMonth.of(2023, 1)))).signals().size();
        }
        return signals;
    }

    private static List<Series> series(Random random) {
        List<Series> all = new ArrayList<>();
        YearMonth start = YearMonth.of(2021, 1);
        for (int s = 0; s < SERIES; s++) {
            DataKind kind = DataKind.values()[s % 4];
            boolean shifted = random.nextBoolean();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < POINTS; i++) {
                YearMonth month = start.plusMonths(i);
                double lift = shifted && i >= POINTS / 2 ? 1.25 : 1;
                points.add(switch (kind) {
                    case PROPORTION -> {
                        double denominator = 50 + random.nextInt(2_000);
                        double numerator = Math.min(denominator, Math.round(denominator * 0.4 * lift
                                * (1 + 0.1 * random.nextGaussian())));
                        yield Point.proportion(month, Math.max(0, numerator), denominator);
                    }
                    case RATE -> {
                        double denominator = 500 + random.nextInt(5_000);
                        double events = Math.max(0, Math.round(denominator * 0.004 * lift * (1 + 0.2 * random.nextGaussian())));
                        yield Point.rate(month, events, denominator, 1_000);
                    }
                    case COUNT -> Point.of(month, Math.max(0, Math.round(12 * lift + 3.5 * random.nextGaussian())));
                    case MEAN -> Point.of(month, 4.5 * lift + 0.6 * random.nextGaussian());
                });
            }
            all.add(new Series(points, kind, random.nextBoolean() ? Direction.UP : Direction.DOWN,
                    kind == DataKind.RATE ? 1_000 : 1));
        }
        return all;
    }

    private static String report(int signals, double[] wallMs, double[] cpuMs, double loadBefore, double loadAfter) {
        double[] sortedWall = wallMs.clone();
        java.util.Arrays.sort(sortedWall);
        double[] sortedCpu = cpuMs.clone();
        java.util.Arrays.sort(sortedCpu);
        double median = sortedWall[sortedWall.length / 2];
        double worst = sortedWall[sortedWall.length - 1];
        double cpuMedian = sortedCpu[sortedCpu.length / 2];
        StringBuilder out = new StringBuilder("\n=== Measure analysis benchmark ===\n");
        out.append(format("%,d series of %d monthly points (proportions, rates per 1,000, counts, means; half with a "
                + "shift half-way). Each: run chart with IHI rules, run chart with Anhøj rules, suggested Shewhart chart "
                + "with a phase from month 25 (limits, sigma lines, five rules). %,d signals per pass.%n",
                SERIES, POINTS, signals));
        out.append(format("%d warm-up passes, %d timed; %d processors; load average %.1f before, %.1f after.%n%n",
                WARM_UP_ROUNDS, MEASURED_ROUNDS, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append(format("total for 1,000 series: median %.1f ms, slowest pass %.1f ms, CPU median %.1f ms  (goal <= %.0f ms: %s)%n",
                median, worst, cpuMedian, GOAL_TOTAL_MS, worst <= GOAL_TOTAL_MS ? "met" : "MISSED"));
        out.append(format("per series:             median %.3f ms, slowest pass %.3f ms  (goal <= %.0f ms: %s)%n",
                median / SERIES, worst / SERIES, GOAL_PER_SERIES_MS, worst / SERIES <= GOAL_PER_SERIES_MS ? "met" : "MISSED"));
        return out.toString();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
