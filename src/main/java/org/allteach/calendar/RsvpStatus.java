package org.allteach.calendar;

/** A person's answer for one occurrence; WAITLISTED when they wanted a seat at full office hours. */
public enum RsvpStatus {
    GOING("Going"),
    NOT_GOING("Not going"),
    WAITLISTED("On the waitlist");

    private final String label;

    RsvpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
