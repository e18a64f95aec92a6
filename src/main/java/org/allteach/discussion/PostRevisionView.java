package org.allteach.discussion;

import java.time.Instant;

/** An earlier version of an edited post, newest first in a post's history. */
public record PostRevisionView(int revision, String html, Instant writtenAt, String replacedByName,
                               Instant replacedAt) {
}
