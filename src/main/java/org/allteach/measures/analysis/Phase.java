package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A new set of control limits from this month on: the limits are calculated from the phase's first points (its
 * baseline) and then frozen for the rest of the phase. A team adds one after a sustained shift (see
 * {@link SpcResult#suggestedRecalculation()}) or a deliberate change to the process.
 */
public record Phase(YearMonth from) {

    public Phase {
        Objects.requireNonNull(from, "from");
    }
}
