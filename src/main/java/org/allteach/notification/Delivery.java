package org.allteach.notification;

/** How a person hears about one type of notification. Everything but {@link #OFF} also shows in the bell. */
public enum Delivery {
    IN_APP("In the app only"),
    EMAIL_NOW("Email me at once"),
    DAILY_DIGEST("Daily digest email"),
    WEEKLY_DIGEST("Weekly digest email"),
    OFF("Off");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDigest() {
        return this == DAILY_DIGEST || this == WEEKLY_DIGEST;
    }
}
