package org.allteach.library;

import java.time.Instant;
import java.util.List;

/** A resource as its page shows it, with its versions (newest first) and what the reader may do. */
public record ResourcePage(long id, ResourceKind kind, String title, String summaryHtml, String summary,
                           String focusArea, List<String> tags, Integer year, String licence, String link,
                           long collaborativeId, Visibility visibility, Long teamId, String teamName,
                           String createdByName, Instant createdAt, Instant updatedAt, List<VersionView> versions,
                           boolean mayEdit, List<String> authors) {
}
