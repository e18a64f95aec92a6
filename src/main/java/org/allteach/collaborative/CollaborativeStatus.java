package org.allteach.collaborative;

/** Where a collaborative is in its life; when it ends, its members are its alumni. */
public enum CollaborativeStatus {
    PLANNING("Planning"), ACTIVE("Active"), ALUMNI("Ended · alumni");

    private final String label;

    CollaborativeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
