package org.allteach.calendar;

/** What an event is. Only office hours have seats; a team meeting is for one team. */
public enum EventKind {
    LEARNING_SESSION("Learning session"),
    FIRESIDE_CHAT("Fireside chat"),
    WEBINAR("Webinar"),
    OFFICE_HOURS("Office hours"),
    TEAM_MEETING("Team meeting");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this kind has a seat limit (and so a waitlist). */
    public boolean hasSeats() {
        return this == OFFICE_HOURS;
    }
}
