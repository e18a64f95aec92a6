package org.allteach.library;

/** The {@code shared.ui.LiveUpdates} topics the library publishes. */
public final class LibraryTopics {

    private LibraryTopics() {
    }

    /** Something about this resource changed in the background (a version's text was read). */
    public static String resource(long resourceId) {
        return "library/resource/" + resourceId;
    }
}
