package org.allteach.discussion;

/** The {@code shared.ui.LiveUpdates} topics discussion publishes once new posts are committed. */
public final class DiscussionTopics {

    private DiscussionTopics() {
    }

    /** A new post in this thread. */
    public static String thread(long threadId) {
        return "discussion/thread/" + threadId;
    }

    /** New activity in a thread of this category. */
    public static String category(long categoryId) {
        return "discussion/category/" + categoryId;
    }
}
