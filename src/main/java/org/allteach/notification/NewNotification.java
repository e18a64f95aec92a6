package org.allteach.notification;

import java.util.Objects;

/**
 * Something to tell one person, as a feature hands it to {@link Notifications#notify(NewNotification)}.
 *
 * @param recipientId who is told
 * @param type        what it is about; the recipient's preference for it decides bell, email or nothing
 * @param sourceKey   names the source event for this recipient, e.g. {@code post-42}: the same key notifies once,
 *                    however often the event is delivered
 * @param actorId     who did it (shown as "Ana, Li and 1 other ..." when items are grouped); null for the portal
 *                    itself (credit ready, reminders). Someone is never told about their own action.
 * @param action      what happened, without the actor: "reacted to your post in “Huddles”"; with no actor, the
 *                    whole title
 * @param text        a short excerpt or detail, may be empty
 * @param link        the route to open, e.g. {@code discuss/t/7}
 * @param groupKey    items with the same key merge into one while it is unread (reactions to one post); null: never
 */
public record NewNotification(long recipientId, NotificationType type, String sourceKey, Long actorId, String action,
                              String text, String link, String groupKey) {

    public static final int MAX_KEY_LENGTH = 200;
    private static final int EXCERPT_LENGTH = 160;

    /** The opening words of a post or message on one line, Markdown marks left out, for {@code text}. */
    public static String excerpt(String markdown) {
        String text = markdown.replaceAll("[*_`>#\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
    }

    public NewNotification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(link, "link");
        if (sourceKey.isBlank() || sourceKey.length() > MAX_KEY_LENGTH
                || (groupKey != null && (groupKey.isBlank() || groupKey.length() > MAX_KEY_LENGTH))) {
            throw new IllegalArgumentException("Source and group keys have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        text = text == null ? "" : text;
    }

    /** A notification that is never grouped with others. */
    public NewNotification(long recipientId, NotificationType type, String sourceKey, Long actorId, String action,
                           String text, String link) {
        this(recipientId, type, sourceKey, actorId, action, text, link, null);
    }
}
