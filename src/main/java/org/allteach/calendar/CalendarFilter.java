package org.allteach.calendar;

import java.util.Set;

/**
 * What the calendar shows: some kinds (empty for all), and one team's calendar (its team events and the
 * whole-collaborative events of its collaborative) or everything the person may see ({@code teamId} null).
 */
public record CalendarFilter(Set<EventKind> kinds, Long teamId) {

    public static final CalendarFilter EVERYTHING = new CalendarFilter(Set.of(), null);

    public CalendarFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
