package org.allteach.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A team's values of a measure for one month, as the entry grid holds them.
 *
 * @param total        the whole team's value
 * @param strata       the values per category id (of the measure's dimensions); categories left out have none
 * @param astronomical the team marks the month's total as an astronomical point (a known special cause)
 * @param recorded     who saved the month last and when, as read; null for a month not recorded yet, and ignored
 *                     when values are recorded
 */
public record MonthValues(Entry total, Map<Long, Entry> strata, boolean astronomical, Recorded recorded) {

    public MonthValues {
        strata = strata == null ? Map.of() : Map.copyOf(strata);
    }

    /** Values to record. */
    public MonthValues(Entry total, Map<Long, Entry> strata, boolean astronomical) {
        this(total, strata, astronomical, null);
    }

    /** Who saved a month last, and when. */
    public record Recorded(String by, Instant at) {
    }

    /**
     * One value: numerator and denominator for proportions and rates, value for counts and means.
     */
    public record Entry(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

        public static Entry ratio(long numerator, long denominator) {
            return new Entry(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null);
        }

        public static Entry of(BigDecimal value) {
            return new Entry(null, null, value);
        }

        boolean isEmpty() {
            return numerator == null && denominator == null && value == null;
        }
    }
}
