package org.allteach.collaborative;

/** The phases of an IHI Breakthrough Series collaborative. */
public enum PhaseKind {
    PRE_WORK("Pre-work"), LEARNING_SESSION("Learning session"), ACTION_PERIOD("Action period");

    private final String label;

    PhaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Pre-work", "Learning session 2", "Action period 1". */
    public String nameOf(int sequenceNumber) {
        return this == PRE_WORK ? label : label + " " + sequenceNumber;
    }
}
