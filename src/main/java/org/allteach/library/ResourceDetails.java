package org.allteach.library;

import java.util.List;

/**
 * What someone fills in to add or change a resource. {@code teamId} is the team for team visibility, and a
 * storyboard's own team whoever may see it; {@code authors} who made it; {@code link} is for recordings and other resources that live elsewhere.
 */
public record ResourceDetails(long collaborativeId, ResourceKind kind, String title, String summary, String focusArea,
                              List<String> tags, Integer year, String licence, String link, Visibility visibility,
                              Long teamId, ResourceAuthors authors) {

    public ResourceDetails {
        authors = authors == null ? ResourceAuthors.NONE : authors;
    }

    /** Without authors. */
    public ResourceDetails(long collaborativeId, ResourceKind kind, String title, String summary, String focusArea,
                           List<String> tags, Integer year, String licence, String link, Visibility visibility,
                           Long teamId) {
        this(collaborativeId, kind, title, summary, focusArea, tags, year, licence, link, visibility, teamId,
                ResourceAuthors.NONE);
    }
}
