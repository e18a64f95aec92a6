package org.allteach.notification;

/** What a notification is about; each person chooses per type how to hear about it ({@link Delivery}). */
public enum NotificationType {
    REPLY("Replies", "Someone replied to your post, or posted in a thread or category you watch.",
            Delivery.DAILY_DIGEST),
    MENTION("Mentions", "Someone @mentioned you in a discussion.", Delivery.EMAIL_NOW),
    REACTION("Reactions", "People reacted to your post (several reactions to one post come as one).",
            Delivery.DAILY_DIGEST),
    DIRECT_MESSAGE("Direct messages", "Someone sent you a message.", Delivery.EMAIL_NOW),
    // coaching already mails every booked, moved or cancelled call with its calendar invitation; a digest would say
    // it twice
    BOOKING("Coaching calls and seats", "A coaching call was booked, moved or cancelled, or you got a seat at "
            + "office hours from the waitlist.", Delivery.IN_APP),
    EVENT_REMINDER("Events", "An event you are going to is coming up, or was cancelled.", Delivery.DAILY_DIGEST),
    CREDIT_READY("Credit ready to claim", "Your attendance was recorded and you can claim continuing-education "
            + "credit for it.", Delivery.DAILY_DIGEST),
    CLAIM_WINDOW_CLOSING("Claim window closing", "The time to claim credit you earned is about to end.",
            Delivery.DAILY_DIGEST),
    NEW_RESOURCE("New resources", "A resource was added to a library category you watch.", Delivery.DAILY_DIGEST),
    // only moderators receive flags, and a flagged post waits hidden for them
    FLAG("Flagged posts", "A member flagged a post in a space you moderate.", Delivery.EMAIL_NOW);

    private final String label;
    private final String description;
    private final Delivery defaultDelivery;

    NotificationType(String label, String description, Delivery defaultDelivery) {
        this.label = label;
        this.description = description;
        this.defaultDelivery = defaultDelivery;
    }

    public String label() {
        return label;
    }

    /** One sentence saying when this type is sent, for the preferences page. */
    public String description() {
        return description;
    }

    /** How someone who never chose hears about this type. */
    public Delivery defaultDelivery() {
        return defaultDelivery;
    }
}
