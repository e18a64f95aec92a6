package org.allteach.pdsa;

/** Where a PDSA cycle is: planned, being run (Do), or studied and acted on. */
public enum CycleStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
