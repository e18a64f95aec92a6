package org.allteach.discussion;

/** Someone who can read the thread was @mentioned in a post. People who cannot read it are never mentioned. */
public record MentionMade(long postId, long threadId, long mentionedPersonId, long authorId, String threadTitle) {
}
