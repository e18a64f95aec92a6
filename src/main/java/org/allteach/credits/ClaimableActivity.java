package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An activity the signed-in person attended, as "My credits" shows it.
 *
 * @param enduring         whether completion is attested by the learner (a recording) rather than recorded
 * @param minutesAttended  their minutes over all sessions, or attested
 * @param windowEnd        when the claim window closes (null before any attendance)
 * @param claimable        the credit types they may claim, with the most hours each (the activity's maximum and
 *                         their time, in the type's step)
 * @param claimed          the types they have claimed, with the hours
 */
public record ClaimableActivity(long activityId, String title, boolean enduring, int minutesAttended,
                                Instant windowEnd, boolean windowOpen, boolean evaluated,
                                Map<CreditType, BigDecimal> claimable, Map<CreditType, BigDecimal> claimed,
                                List<String> disclosures) {
}
