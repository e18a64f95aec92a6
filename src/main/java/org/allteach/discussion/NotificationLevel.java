package org.allteach.discussion;

/**
 * How much a person wants to hear about a thread or category, as on Discourse: watching = every new post,
 * tracking = unread counts and mentions/replies to me (the default), muted = nothing, not even in unread counts.
 */
public enum NotificationLevel {
    WATCHING("Watching", "Notify me of every new post."),
    TRACKING("Tracking", "Show unread counts; notify me of replies to me and mentions."),
    MUTED("Muted", "Never notify me, and leave it out of unread counts.");

    private final String label;
    private final String description;

    NotificationLevel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
