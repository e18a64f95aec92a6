package org.allteach.credits;

/** Where a MOC Part IV attestation stands: submitted → co-signed → approved, or returned to the participant. */
public enum AttestationStatus {
    SUBMITTED("Waiting for the team lead's co-signature"),
    CO_SIGNED("Co-signed, waiting for the organiser's approval"),
    APPROVED("Approved"),
    RETURNED("Returned for changes");

    private final String label;

    AttestationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
