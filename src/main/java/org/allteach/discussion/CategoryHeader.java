package org.allteach.discussion;

/** What the top of a category's thread list shows, with what the reader may do there. */
public record CategoryHeader(long id, CategoryKind kind, String name, String description, long spaceId,
                             SpaceKind spaceKind, String spaceName, boolean mayStartThread, NotificationLevel level) {
}
