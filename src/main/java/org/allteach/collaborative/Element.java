package org.allteach.collaborative;

/** The three elements of a 3-EM partnership team. */
public enum Element {
    CLINIC("Clinic"), COMMUNITY_PARTNER("Community partner"), DATA_PARTNER("Data partner");

    private final String label;

    Element(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
