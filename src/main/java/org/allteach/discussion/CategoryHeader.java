package org.allteach.discussion;

/**
 * What the top of a category's thread list shows, with what the reader may do there. {@code archived}: the space
 * belongs to a collaborative that has ended and can only be read.
 */
public record CategoryHeader(long id, CategoryKind kind, String name, String description, long spaceId,
                             SpaceKind spaceKind, String spaceName, boolean mayStartThread, NotificationLevel level,
                             boolean archived) {
}
