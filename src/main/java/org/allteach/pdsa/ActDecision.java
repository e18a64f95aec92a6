package org.allteach.pdsa;

/** What the team decides after studying a cycle (the Act of PDSA). */
public enum ActDecision {
    ADOPT("Adopt", "Make the change part of how we work."),
    ADAPT("Adapt", "Change it and test again."),
    ABANDON("Abandon", "Stop testing this change.");

    private final String label;
    private final String meaning;

    ActDecision(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
