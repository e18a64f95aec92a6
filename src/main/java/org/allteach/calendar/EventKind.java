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

    /**
     * Whether the community of practice hosts this kind: office hours, fireside chats and webinars. Learning sessions
     * and team meetings are a collaborative's own programme.
     */
    public boolean forCommunity() {
        return this == OFFICE_HOURS || this == FIRESIDE_CHAT || this == WEBINAR;
    }

    /** Whether this kind has a seat limit (and so a waitlist). */
    public boolean hasSeats() {
        return this == OFFICE_HOURS;
    }
}
