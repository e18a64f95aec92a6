package org.allteach.discussion;

/** Someone reacted to a post (taking a reaction back publishes nothing). */
public record ReactionAdded(long postId, long threadId, long postAuthorId, long reactorId, Reaction reaction) {
}
