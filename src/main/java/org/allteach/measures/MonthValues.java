package org.allteach.measures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A team's values of a measure for one month, as the entry grid holds them.
 *
 * @param total        the whole team's value
 * @param strata       the values per category id (of the measure's dimensions); categories left out have none
 * @param astronomical the team marks the month's total as an astronomical point (a known special cause)
 */
public record MonthValues(Entry total, Map<Long, Entry> strata, boolean astronomical) {

    public MonthValues {
        strata = strata == null ? Map.of() : Map.copyOf(strata);
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
