package org.allteach.credits;

import java.time.YearMonth;

/**
 * What a participant attests about their part in the collaborative's QI project.
 *
 * @param teamId   the team whose project it was; may be null when they belong to one team only
 * @param from     the first month they took part
 * @param to       the last month they took part
 * @param aims     the project's aims, in their words
 * @param role     what they did in it
 * @param attested that they ticked the attestation statement ({@link MocAttestations#STATEMENT})
 */
public record AttestationDetails(Long teamId, YearMonth from, YearMonth to, String aims, String role,
                                 boolean attested) {
}
