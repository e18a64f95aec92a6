package org.allteach.discussion;

/**
 * A post's text or who sees it changed after it was created: edited, withdrawn, hidden, kept or restored. Published in
 * the changing transaction, for derived data such as the search index.
 */
public record PostChanged(long postId, long threadId) {
}
