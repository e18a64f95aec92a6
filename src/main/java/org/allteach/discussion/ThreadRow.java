package org.allteach.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A row of a category's thread list. {@code unread} counts posts after the reader's read mark;
 * {@code isNew} means the reader has never opened the thread.
 */
public record ThreadRow(long id, String title, String authorName, List<String> tags, int posts, Instant lastPostedAt,
                        String lastPosterName, boolean pinned, boolean locked, boolean solved, boolean isNew,
                        int unread, NotificationLevel level) {
}
