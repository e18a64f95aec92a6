package org.allteach.pdsa;

/** Where a team stands with a change idea. */
public enum ChangeIdeaStatus {
    TESTING("Testing"),
    ADOPTED("Adopted"),
    ABANDONED("Abandoned");

    private final String label;

    ChangeIdeaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
