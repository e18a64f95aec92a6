package org.allteach.measures.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.allteach.measures.analysis.Patterns.Stretch;

/**
 * Reads a run chart: the baseline's median, then the rules of the chosen set on every point with a value, in month
 * order (gaps are skipped, not filled). IHI (Provost &amp; Murray, The Health Care Data Guide, 2011): a shift is 6 or
 * more consecutive points on one side of the median, a trend 5 or more points all rising or all falling, and the number
 * of runs is tested against the runs table from 10 useful observations on. Anhøj (Anhøj &amp; Olesen, PLOS ONE
 * 2014;9(11):e113825): a run longer than round(log2(n)) + 3, or fewer crossings than the 5% quantile of
 * Binomial(n − 1, ½). Both: points on the median are skipped, and points the team marked astronomical are signals.
 */
public final class RunChart {

    static final int SHIFT = 6;
    static final int TREND = 5;
    /** The runs table starts at 10 useful observations; below that the runs rule says nothing. */
    static final int RUNS_TEST_FROM = 10;

    private RunChart() {
    }

    public static RunChartResult analyse(Series series, Baseline baseline, RunRules rules) {
        Usable usable = Usable.of(series);
        List<Point> points = usable.points();
        int n = points.size();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = points.get(i).value();
        }
        int baselineSize = Math.min(baseline.firstPoints(), n);
        double median = median(values, baselineSize);
        double[] centres = new double[n];
        Arrays.fill(centres, median);

        List<Stretch> runs = Patterns.runs(values, centres, 0, n);
        int useful = runs.stream().mapToInt(Stretch::points).sum();
        int longest = runs.stream().mapToInt(Stretch::points).max().orElse(0);
        int crossings = Math.max(runs.size() - 1, 0);
        Optional<RunsRange> expected = useful >= RUNS_TEST_FROM ? Optional.of(RunsDistribution.range(useful)) : Optional.empty();
        int longestLimit = RunsDistribution.longestRunLimit(useful);
        int minimumCrossings = RunsDistribution.minimumCrossings(useful);

        Direction direction = series.direction();
        List<Signal> signals = new ArrayList<>();
        if (rules == RunRules.IHI) {
            for (Stretch run : runs) {
                if (run.points() >= SHIFT) {
                    signals.add(signal(SignalRule.SHIFT, points, run, run.sign() > 0 ? Side.ABOVE : Side.BELOW, direction));
                }
            }
            for (Stretch trend : Patterns.trends(values, 0, n, TREND)) {
                signals.add(signal(SignalRule.TREND, points, trend, trend.sign() > 0 ? Side.UP : Side.DOWN, direction));
            }
            expected.ifPresent(range -> {
                if (range.tooFew(runs.size())) {
                    signals.add(whole(SignalRule.TOO_FEW_RUNS, points, useful, direction));
                } else if (range.tooMany(runs.size())) {
                    signals.add(whole(SignalRule.TOO_MANY_RUNS, points, useful, direction));
                }
            });
        } else {
            for (Stretch run : runs) {
                if (run.points() > longestLimit) {
                    signals.add(signal(SignalRule.LONGEST_RUN, points, run, run.sign() > 0 ? Side.ABOVE : Side.BELOW, direction));
                }
            }
            if (useful > 0 && crossings < minimumCrossings) {
                signals.add(whole(SignalRule.TOO_FEW_CROSSINGS, points, useful, direction));
            }
        }
        for (Point point : points) {
            if (point.astronomical()) {
                int side = Patterns.side(point.value(), median);
                signals.add(Signal.of(SignalRule.ASTRONOMICAL, point.month(), point.month(), 1,
                        side > 0 ? Side.ABOVE : side < 0 ? Side.BELOW : Side.NEITHER, direction));
            }
        }
        signals.sort(Comparator.comparing(Signal::from).thenComparing(Signal::rule));
        return new RunChartResult(rules, median, points.subList(0, baselineSize).stream().map(Point::month).toList(),
                points, usable.leftOut(), usable.missingMonths(), useful, runs.size(), expected, longest, longestLimit,
                crossings, minimumCrossings, signals);
    }

    static double median(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    private static Signal signal(SignalRule rule, List<Point> points, Stretch stretch, Side side, Direction direction) {
        return Signal.of(rule, points.get(stretch.first()).month(), points.get(stretch.last()).month(), stretch.points(),
                side, direction);
    }

    private static Signal whole(SignalRule rule, List<Point> points, int useful, Direction direction) {
        return Signal.of(rule, points.getFirst().month(), points.getLast().month(), useful, Side.NEITHER, direction);
    }
}
