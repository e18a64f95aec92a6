package org.allteach.library;

import java.time.Instant;

import org.allteach.collaborative.TeamByline;

/**
 * A storyboard as its poster shows it: the team it belongs to, each section as written ({@code sections}, for the
 * edit form) and as safe HTML ({@code html}), and whether the reader may change it.
 */
public record StoryboardPage(long resourceId, String title, long collaborativeId, Visibility visibility,
                             TeamByline team, StoryboardSections sections, StoryboardSections html,
                             String updatedByName, Instant updatedAt, boolean mayEdit) {

    /** Where the poster downloads as a PDF. */
    public String posterPath() {
        return "/library/" + resourceId + "/storyboard.pdf";
    }
}
