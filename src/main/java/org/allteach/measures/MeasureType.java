package org.allteach.measures;

/** What a measure tells: the result sought, a step of the process, or a side effect to watch. */
public enum MeasureType {
    OUTCOME("Outcome"),
    PROCESS("Process"),
    BALANCING("Balancing");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
