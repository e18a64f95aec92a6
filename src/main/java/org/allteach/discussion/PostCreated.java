package org.allteach.discussion;

import java.util.List;

/**
 * A thread was started ({@code number == 1}) or a reply posted. Published in the posting transaction.
 * {@code watcherIds} are the people watching the thread (or its category, unless they chose otherwise for the thread)
 * who may read it, the author left out; {@code repliedToAuthorId} is set unless that person muted the thread or may
 * no longer read it.
 */
public record PostCreated(long postId, long threadId, int number, long spaceId, long authorId, String threadTitle,
                          Long repliedToAuthorId, List<Long> watcherIds) {
}
