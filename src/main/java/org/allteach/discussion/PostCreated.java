package org.allteach.discussion;

/**
 * A thread was started ({@code number == 1}) or a reply posted. Published in the posting transaction; listeners that
 * notify people must check that each recipient may read the space (see {@link Discussions#mayRead}).
 */
public record PostCreated(long postId, long threadId, int number, long spaceId, long authorId, String threadTitle,
                          Long repliedToAuthorId) {
}
