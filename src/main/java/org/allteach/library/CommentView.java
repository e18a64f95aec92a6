package org.allteach.library;

import java.time.Instant;

/**
 * A comment as the list shows it. A withdrawn or removed comment keeps its place in the conversation without its
 * text ({@code bodyHtml} is empty).
 */
public record CommentView(long id, String authorName, Instant createdAt, String bodyHtml, Status status,
                          boolean mine, boolean mayRemove) {

    public enum Status {
        SHOWN,
        /** Taken back by its author. */
        WITHDRAWN,
        /** Removed by an organiser. */
        REMOVED
    }
}
