package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A Shewhart chart read with the five rules of The Health Care Data Guide (Provost &amp; Murray 2011, ch. 5).
 *
 * @param suggestedRecalculation the first month of a sustained shift (8 on one side) that lies wholly after its phase's
 *                               baseline: the process has moved, so new limits from that month would describe it
 * @param leftOut                months whose point has no value (a zero denominator), not plotted
 * @param missingMonths          months with no point between the first and the last; the rules (and moving ranges)
 *                               treat the points either side as neighbours
 */
public record SpcResult(ChartType type, List<SpcPoint> points, List<SpcPhase> phases, List<Signal> signals,
                        Optional<YearMonth> suggestedRecalculation, List<YearMonth> leftOut,
                        List<YearMonth> missingMonths) {

    public SpcResult {
        points = List.copyOf(points);
        phases = List.copyOf(phases);
        signals = List.copyOf(signals);
        leftOut = List.copyOf(leftOut);
        missingMonths = List.copyOf(missingMonths);
    }

    public boolean hasSignal(SignalRule rule) {
        return signals.stream().anyMatch(s -> s.rule() == rule);
    }
}
