package org.allteach.calendar;

import java.util.List;

/**
 * One change cancelled these occurrences (one event, or several of a series, earliest first); published once per
 * change, after an {@link EventCancelled} for each, so people going to several of them hear once.
 */
public record EventsCancelled(List<Long> eventIds) {

    public EventsCancelled {
        eventIds = List.copyOf(eventIds);
        if (eventIds.isEmpty()) {
            throw new IllegalArgumentException("No events cancelled");
        }
    }
}
