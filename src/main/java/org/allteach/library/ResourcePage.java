package org.allteach.library;

import java.time.Instant;
import java.util.List;

/**
 * A resource as its page shows it, with its versions (newest first) and what the reader may do.
 *
 * @param collaborativeName     the collaborative it comes from
 * @param mayShareWithCommunity whether the reader may share it with the community of practice
 *                              ({@link LibraryCopies#shareWithCommunity})
 */
public record ResourcePage(long id, ResourceKind kind, String title, String summaryHtml, String summary,
                           String focusArea, List<String> tags, Integer year, String licence, String link,
                           long collaborativeId, String collaborativeName, Visibility visibility, Long teamId,
                           String teamName, String createdByName, Instant createdAt, Instant updatedAt,
                           List<VersionView> versions, boolean mayEdit, boolean mayShareWithCommunity,
                           List<String> authors) {
}
