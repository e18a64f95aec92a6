package org.allteach.credits;

/**
 * A QI-project activity of one of the signed-in person's collaboratives, for "My credits".
 *
 * @param status their attestation's status, or null before they attest
 */
public record MocProjectSummary(long activityId, String title, AttestationStatus status) {
}
