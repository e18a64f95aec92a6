package org.allteach.calendar;

import java.time.Instant;
import java.util.List;

import org.allteach.shared.ics.IcsEvent;

/**
 * Something that puts entries into people's private calendar feeds (events they attend, coaching calls they
 * booked or hold). Implement it as a Spring bean; the feed asks every such bean.
 */
public interface CalendarFeedSource {

    /**
     * This person's entries that overlap {@code [from, to)}. The feed is fetched without a signed-in user, so
     * return only what this person may see (another participant's booking is "Busy", not its details). Give each
     * entry a uid that stays the same while it changes, and raise its sequence when its time or place changes.
     */
    List<IcsEvent> feedEntries(long personId, Instant from, Instant to);
}
