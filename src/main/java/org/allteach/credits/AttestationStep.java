package org.allteach.credits;

import java.time.Instant;

/** One recorded step of an attestation, for its timeline: who did what, when, and what they noted. */
public record AttestationStep(Action action, String actorName, Instant at, String note) {

    public enum Action {
        SUBMITTED("Submitted"), RESUBMITTED("Resubmitted"), CO_SIGNED("Co-signed"), APPROVED("Approved"),
        RETURNED("Returned");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
