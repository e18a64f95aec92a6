package org.allteach.calendar;

import java.time.Instant;

/**
 * The state of a person's private calendar feed.
 *
 * @param url           the secret address, only right after it was made or reset; null afterwards, because only its
 *                      hash is kept
 * @param createdAt     when the current address was made
 * @param lastFetchedAt when a calendar last fetched it; null if none has yet
 */
public record CalendarFeedLink(String url, Instant createdAt, Instant lastFetchedAt) {

    /** Whether the address can be shown (and copied) now. */
    public boolean urlShown() {
        return url != null;
    }
}
