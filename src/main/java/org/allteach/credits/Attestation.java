package org.allteach.credits;

import java.time.YearMonth;
import java.util.List;

/**
 * A MOC Part IV attestation as the participant, a co-signer or an approver reads it, with what the reader may do.
 *
 * @param timeline   every step, oldest first
 * @param mayEdit    the reader is the participant, it was returned to them and they are still in a team of the
 *                   collaborative (to resubmit it to)
 * @param mayCoSign  the reader may co-sign it now (a lead of the participant's team or an organiser, not themselves)
 * @param mayApprove the reader may approve it now (an organiser, not the participant)
 * @param mayReturn  the reader may return it now (whoever may co-sign or approve it at this stage)
 */
public record Attestation(long id, long activityId, String activityTitle, long personId, String personName,
                          long teamId, String teamName, YearMonth from, YearMonth to, String aims, String role,
                          AttestationStatus status, List<AttestationStep> timeline, boolean mayEdit,
                          boolean mayCoSign, boolean mayApprove, boolean mayReturn) {

    public Attestation {
        timeline = List.copyOf(timeline);
    }
}
