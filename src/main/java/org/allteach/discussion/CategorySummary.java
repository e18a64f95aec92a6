package org.allteach.discussion;

/** A category with its thread count, and for the reader: threads with unread posts, threads never opened. */
public record CategorySummary(long id, CategoryKind kind, String name, String description, long threads,
                              long unreadThreads, long newThreads) {
}
