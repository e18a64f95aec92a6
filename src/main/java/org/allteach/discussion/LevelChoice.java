package org.allteach.discussion;

/**
 * A thread or category someone watches or muted (anything but the default, tracking), as their notification settings
 * list it.
 *
 * @param threadId the thread, or null when the choice is for a whole category
 * @param title    the thread's title, or the category's name
 * @param where    the space, and the category for a thread
 */
public record LevelChoice(Long threadId, long categoryId, String title, String where, NotificationLevel level) {

    public boolean isThread() {
        return threadId != null;
    }

    /** The page the choice is about. */
    public String link() {
        return isThread() ? "discuss/t/" + threadId : "discuss/c/" + categoryId;
    }
}
