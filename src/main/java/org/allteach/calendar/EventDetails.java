package org.allteach.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What someone fills in to plan or change an event. Start and end are wall-clock times in {@code zone} (the zone it is
 * planned in; a series keeps that wall-clock time across daylight-saving changes). {@code teamIds} for audience TEAMS;
 * {@code seatLimit} for office hours only; {@code materialIds} are library resources, in order.
 */
public record EventDetails(long collaborativeId, EventKind kind, String title, String description,
                           LocalDateTime start, LocalDateTime end, ZoneId zone, String meetingLink, String place,
                           Audience audience, Set<Long> teamIds, Integer seatLimit, List<Long> materialIds) {

    public EventDetails {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        materialIds = materialIds == null ? List.of() : List.copyOf(materialIds);
    }
}
