package org.allteach.calendar;

/** Which occurrences of a series a change or cancellation applies to. */
public enum EventScope {
    ONE("This occurrence"),
    FOLLOWING("This and all following"),
    ALL("All occurrences");

    private final String label;

    EventScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
