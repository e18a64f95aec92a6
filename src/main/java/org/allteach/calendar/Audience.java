package org.allteach.calendar;

/**
 * Who an event is for: everyone in its collaborative, chosen teams (one team for a team meeting), or the community of
 * practice (its members across every cohort; the collaborative is then the one it is hosted from).
 */
public enum Audience {
    COLLABORATIVE("Whole collaborative"),
    TEAMS("Chosen teams"),
    COMMUNITY("The community of practice");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
