package org.allteach.discussion;

import java.util.List;

/**
 * A thread as its page header needs it, with where the reader left off and what they may do.
 * {@code firstUnread} is the number of the first post the reader has not seen (posts + 1 when all are read);
 * {@code archived}: the thread's space belongs to a collaborative that has ended and can only be read.
 */
public record ThreadHeader(long id, String title, long categoryId, String categoryName, CategoryKind categoryKind,
                           long spaceId, String spaceName, SpaceKind spaceKind, List<String> tags, int posts,
                           boolean pinned, boolean locked, Long solutionPostId, int firstUnread, boolean mayReply,
                           boolean moderator, boolean mayMarkSolution, NotificationLevel level,
                           boolean archived) {
}
