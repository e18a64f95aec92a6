package org.allteach.calendar;

import java.time.Instant;
import java.util.List;

import org.allteach.identity.ActingAs;
import org.allteach.shared.ics.IcsEvent;
import org.springframework.stereotype.Component;

/**
 * Events in people's private calendar feeds. The feed is fetched without a sign-in, so the entries are read as the
 * feed's owner: exactly what they would see in the portal.
 */
@Component
class EventFeedEntries implements CalendarFeedSource {

    private final Events events;
    private final ActingAs actingAs;

    EventFeedEntries(Events events, ActingAs actingAs) {
        this.events = events;
        this.actingAs = actingAs;
    }

    @Override
    public List<IcsEvent> feedEntries(long personId, Instant from, Instant to) {
        return actingAs.call(personId, () -> events.feedEntries(from, to));
    }
}
