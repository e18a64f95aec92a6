package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.util.Objects;

/** A new phase from this month on (limits recalculated after a sustained shift): a labelled vertical line. */
public record ChartPhase(YearMonth from, String label) {

    public ChartPhase {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(label, "label");
    }
}
