package org.allteach.pdsa;

import java.time.Instant;

/**
 * A comment on a cycle. A withdrawn one keeps its place without text; {@code body} (the Markdown) is given only to
 * its author, for editing.
 */
public record PdsaComment(long id, String authorName, Instant createdAt, Instant editedAt, String bodyHtml,
                          String body, boolean withdrawn, boolean mine) {
}
