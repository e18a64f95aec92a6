package org.allteach.library;

import java.time.Instant;
import java.util.List;

/** A row of the library list. */
public record ResourceRow(long id, ResourceKind kind, String title, String focusArea, List<String> tags, Integer year,
                          Visibility visibility, String teamName, int versions, Instant updatedAt) {
}
