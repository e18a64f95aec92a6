package org.allteach.discussion;

/** A member flagged a post; the moderators' review queue shows it. */
public record PostFlagged(long postId, long threadId, long spaceId, long flaggerId, FlagReason reason) {
}
