package org.allteach.credits;

import java.time.Instant;
import java.time.YearMonth;

/** An attestation in a list: a co-signer's or approver's queue. */
public record AttestationSummary(long id, long activityId, String activityTitle, String personName, String teamName,
                                 YearMonth from, YearMonth to, AttestationStatus status, Instant updatedAt) {
}
