package org.allteach.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A post as the reader may see it. {@code html} is sanitised and empty when the post is withdrawn or hidden and the
 * reader is neither its author nor a moderator; {@code markdown} is only filled for people who may edit or quote it.
 */
public record PostView(long id, long threadId, int number, long authorId, String authorName, String html,
                       String markdown, Instant createdAt, Instant editedAt, int edits, Integer replyToNumber,
                       PostState state, List<ReactionSummary> reactions, List<Attachment> attachments,
                       boolean solution, boolean mayEdit,
                       boolean mayWithdraw, boolean mayRestore, boolean mayFlag) {

    public boolean edited() {
        return edits > 0;
    }
}
