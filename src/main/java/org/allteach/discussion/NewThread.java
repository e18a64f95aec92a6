package org.allteach.discussion;

import java.util.List;

/** What someone fills in to start a thread. Tags are free words ("no-shows", "REaL data"). */
public record NewThread(long categoryId, String title, String body, List<String> tags) {
}
