package org.allteach.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Event details for tests: a sensible event of each kind, changed with withers where a test needs to. */
final class EventPlans {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private EventPlans() {
    }

    static EventDetails learningSession(long collaborativeId, LocalDateTime start) {
        return new EventDetails(collaborativeId, EventKind.LEARNING_SESSION, "Learning Session 2: REaL data",
                "We look at **stratified run charts** together.", start, start.plusMinutes(90), NEW_YORK,
                "https://zoom.example.org/j/123", null, Audience.COLLABORATIVE, Set.of(), null, List.of());
    }

    static EventDetails teamMeeting(long collaborativeId, long teamId, LocalDateTime start) {
        return new EventDetails(collaborativeId, EventKind.TEAM_MEETING, "Team huddle", "PDSA 3 check-in", start,
                start.plusMinutes(30), NEW_YORK, null, "Clinic conference room", Audience.TEAMS, Set.of(teamId), null,
                List.of());
    }

    static EventDetails officeHours(long collaborativeId, Set<Long> teamIds, LocalDateTime start, int seats) {
        return new EventDetails(collaborativeId, EventKind.OFFICE_HOURS, "Office hours: run charts", null, start,
                start.plusMinutes(60), NEW_YORK, "https://zoom.example.org/j/456", null, Audience.TEAMS, teamIds,
                seats, List.of());
    }

    static EventDetails withKind(EventDetails d, EventKind kind) {
        return new EventDetails(d.collaborativeId(), kind, d.title(), d.description(), d.start(), d.end(), d.zone(),
                d.meetingLink(), d.place(), d.audience(), d.teamIds(), d.seatLimit(), d.materialIds());
    }

    static EventDetails withTitle(EventDetails d, String title) {
        return new EventDetails(d.collaborativeId(), d.kind(), title, d.description(), d.start(), d.end(), d.zone(),
                d.meetingLink(), d.place(), d.audience(), d.teamIds(), d.seatLimit(), d.materialIds());
    }

    static EventDetails withTimes(EventDetails d, LocalDateTime start, LocalDateTime end) {
        return new EventDetails(d.collaborativeId(), d.kind(), d.title(), d.description(), start, end, d.zone(),
                d.meetingLink(), d.place(), d.audience(), d.teamIds(), d.seatLimit(), d.materialIds());
    }

    static EventDetails withAudience(EventDetails d, Audience audience, Set<Long> teamIds) {
        return new EventDetails(d.collaborativeId(), d.kind(), d.title(), d.description(), d.start(), d.end(), d.zone(),
                d.meetingLink(), d.place(), audience, teamIds, d.seatLimit(), d.materialIds());
    }

    static EventDetails withWhere(EventDetails d, String meetingLink, String place) {
        return new EventDetails(d.collaborativeId(), d.kind(), d.title(), d.description(), d.start(), d.end(), d.zone(),
                meetingLink, place, d.audience(), d.teamIds(), d.seatLimit(), d.materialIds());
    }

    static EventDetails withSeats(EventDetails d, Integer seats) {
        return new EventDetails(d.collaborativeId(), d.kind(), d.title(), d.description(), d.start(), d.end(), d.zone(),
                d.meetingLink(), d.place(), d.audience(), d.teamIds(), seats, d.materialIds());
    }

    static EventDetails withMaterials(EventDetails d, List<Long> materialIds) {
        return new EventDetails(d.collaborativeId(), d.kind(), d.title(), d.description(), d.start(), d.end(), d.zone(),
                d.meetingLink(), d.place(), d.audience(), d.teamIds(), d.seatLimit(), materialIds);
    }
}
