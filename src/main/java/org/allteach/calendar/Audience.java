package org.allteach.calendar;

/** Who an event is for: everyone in its collaborative, or chosen teams (one team for a team meeting). */
public enum Audience {
    COLLABORATIVE("Whole collaborative"),
    TEAMS("Chosen teams");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
