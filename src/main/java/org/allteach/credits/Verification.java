package org.allteach.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public verification page shows of a valid certificate: nothing more than this.
 *
 * @param activityDates the days the learner attended (empty for an enduring material)
 */
public record Verification(String learnerName, String activityTitle, List<LocalDate> activityDates,
                           LocalDate issuedOn, String creditTypeLabel, BigDecimal hours) {

    public Verification {
        activityDates = List.copyOf(activityDates);
    }
}
