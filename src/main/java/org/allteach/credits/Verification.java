package org.allteach.credits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the public verification page shows of a valid certificate: nothing more than this. */
public record Verification(String learnerName, String activityTitle, LocalDate issuedOn, String creditTypeLabel,
                           BigDecimal hours) {
}
