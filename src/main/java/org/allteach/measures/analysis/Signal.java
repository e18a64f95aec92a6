package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Something a rule found: from which month to which, over how many points (points on the centre line or ties in a
 * trend are not counted), on which side, and whether it goes the way the measure should improve. Signals without a
 * side (runs, crossings, hugging the centre line) are never favourable.
 */
public record Signal(SignalRule rule, YearMonth from, YearMonth to, int points, Side side, boolean favourable) {

    public Signal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(side, "side");
    }

    static Signal of(SignalRule rule, YearMonth from, YearMonth to, int points, Side side, Direction direction) {
        boolean favourable = switch (side) {
            case ABOVE, UP -> direction == Direction.UP;
            case BELOW, DOWN -> direction == Direction.DOWN;
            case NEITHER -> false;
        };
        return new Signal(rule, from, to, points, side, favourable);
    }

    /** Whether the signal points one way, so that {@link #favourable()} means something. */
    public boolean directional() {
        return side != Side.NEITHER;
    }
}
