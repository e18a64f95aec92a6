package org.allteach.discussion;

/** Why a member flags a post for the moderators. */
public enum FlagReason {
    OFF_TOPIC("Off-topic"),
    INAPPROPRIATE("Inappropriate or disrespectful"),
    PATIENT_INFORMATION("Contains patient-identifiable information"),
    SPAM("Spam"),
    OTHER("Something else");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
