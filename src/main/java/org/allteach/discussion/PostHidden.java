package org.allteach.discussion;

/** A post was hidden pending review, by members' flags or by a moderator. Its author is told. */
public record PostHidden(long postId, long threadId, long authorId, boolean byFlags) {
}
