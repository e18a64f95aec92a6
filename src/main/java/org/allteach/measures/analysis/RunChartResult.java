package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A run chart read with one rule set.
 *
 * @param median             the baseline's median, drawn across the whole chart; NaN when no point has a value
 * @param baseline           the months whose median it is
 * @param points             the points the rules ran on, in order
 * @param leftOut            months whose point has no value (a zero denominator), not plotted
 * @param missingMonths      months between the first and last point with no point at all; the rules treat the points
 *                           either side as neighbours
 * @param usefulObservations points not on the median
 * @param runs               runs of points on one side of the median (crossings + 1)
 * @param expectedRuns       the runs a random series of this length shows; empty below 10 useful observations, where
 *                           the runs table has no entry and the runs rule is not applied
 * @param longestRun         the longest run's length
 * @param longestRunLimit    Anhøj: the longest run a random series shows, round(log2(useful)) + 3
 * @param crossings          times the line crosses the median
 * @param minimumCrossings   Anhøj: the fewest crossings a random series shows
 * @param signals            what the rule set found, in month order
 */
public record RunChartResult(RunRules rules, double median, List<YearMonth> baseline, List<Point> points,
                             List<YearMonth> leftOut, List<YearMonth> missingMonths, int usefulObservations, int runs,
                             Optional<RunsRange> expectedRuns, int longestRun, int longestRunLimit, int crossings,
                             int minimumCrossings, List<Signal> signals) {

    public RunChartResult {
        baseline = List.copyOf(baseline);
        points = List.copyOf(points);
        leftOut = List.copyOf(leftOut);
        missingMonths = List.copyOf(missingMonths);
        signals = List.copyOf(signals);
    }

    public boolean hasSignal(SignalRule rule) {
        return signals.stream().anyMatch(s -> s.rule() == rule);
    }
}
