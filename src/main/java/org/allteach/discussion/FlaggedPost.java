package org.allteach.discussion;

import java.time.Instant;
import java.util.List;

/** A post waiting in the moderators' review queue, with the open flags on it. */
public record FlaggedPost(long postId, long threadId, int number, String threadTitle, String spaceName,
                          String authorName, String html, PostState state, Instant firstFlaggedAt,
                          List<FlagView> flags) {

    public record FlagView(String flaggerName, FlagReason reason, String note, Instant flaggedAt) {
    }
}
