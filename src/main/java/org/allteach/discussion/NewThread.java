package org.allteach.discussion;

import java.util.List;

/**
 * What someone fills in to start a thread. Tags are free words ("no-shows", "REaL data"); attachments are ids of
 * files the author uploaded through {@code files.FileStorage}.
 */
public record NewThread(long categoryId, String title, String body, List<String> tags, List<Long> attachments) {

    public NewThread(long categoryId, String title, String body, List<String> tags) {
        this(categoryId, title, body, tags, List.of());
    }
}
