package org.allteach.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.Recurrence;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.identity.ActingAs;
import org.allteach.library.Library;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.springframework.stereotype.Component;

/**
 * The demo collaborative's calendar, around the day the demo is loaded so there is always something coming up: the
 * monthly all-teams learning call, a coach's monthly office hours with a few seats taken, a fireside chat, a webinar
 * and one team's huddles.
 */
@Component
class DemoCalendar {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final Events events;
    private final Attendance attendance;
    private final Teams teams;
    private final Library library;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoCalendar(Events events, Attendance attendance, Teams teams, Library library, ActingAs actingAs,
                 Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.teams = teams;
        this.library = library;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    /**
     * @param people person ids by display name
     * @return the first session of the monthly learning call, whose attendance is recorded
     */
    long load(long collaborativeId, Map<String, Long> people) {
        LocalDate today = LocalDate.now(clock.withZone(NEW_YORK));
        long dana = people.get(DemoCollaborative.ORGANISER.name());
        long marcus = people.get("Marcus Bell");
        Map<String, Long> teamIds = actingAs.call(dana, () -> teams.teamRefs(collaborativeId)).stream()
                .collect(java.util.stream.Collectors.toMap(TeamRef::name, TeamRef::id));
        long southside = teamIds.get("Southside Chicago Partnership");
        long delta = teamIds.get("Mississippi Delta Partnership");

        long firstCall = actingAs.call(dana, () -> {
            List<Long> materials = library.resources(List.of(ResourceKind.RECORDING, ResourceKind.PAPER), "", 0, 10)
                    .stream().map(ResourceRow::id).toList();
            // the series starts with a call that is over (its attendance is recorded) and continues monthly
            LocalDate month = today.withDayOfMonth(1);
            if (!secondTuesday(month).isBefore(today)) {
                month = month.minusMonths(1);
            }
            LocalDateTime call = secondTuesday(month).atTime(13, 0);
            long first = events.create(new EventDetails(collaborativeId, EventKind.LEARNING_SESSION,
                    "All-teams learning call", """
                    Once a month all six partnerships meet for an hour:

                    1. **Team spotlights**: two teams show their run charts and what they tested since last month.
                    2. **Faculty teach-in**: a short session on one improvement method.
                    3. **Breakouts** by focus area, then what we take home.

                    Bring your latest run chart. The recording of Learning Session 1 is in the materials.""",
                    call, call.plusHours(1), NEW_YORK, "https://zoom.example.org/j/3em-monthly", null,
                    Audience.COLLABORATIVE, Set.of(), null, materials), Recurrence.times(Frequency.MONTHLY_ON_WEEKDAY,
                    8));
            recordAttendance(first, people, dana);
            LocalDateTime chat = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
                    .atTime(15, 0);
            events.create(new EventDetails(collaborativeId, EventKind.FIRESIDE_CHAT,
                    "Fireside chat: keeping the gains after the collaborative ends", """
                    An informal hour with Dr. Imani Brooks, who led the Midwest hypertension collaborative, on what \
                    teams did to keep their results two years on. Questions welcome in the chat.""", chat,
                    chat.plusHours(1), NEW_YORK, "https://zoom.example.org/j/3em-fireside", null,
                    Audience.COLLABORATIVE, Set.of(), null, List.of()), null);
            LocalDateTime webinar = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY))
                    .atTime(12, 0);
            events.create(new EventDetails(collaborativeId, EventKind.WEBINAR,
                    "Webinar: REaL data in the EHR, step by step", """
                    How three clinics record race, ethnicity and language at registration, and how to report \
                    stratified measures from it.""", webinar, webinar.plusMinutes(75), NEW_YORK,
                    "https://zoom.example.org/j/3em-webinar", null, Audience.COLLABORATIVE, Set.of(), null,
                    List.of()), null);
            return first;
        });

        LocalDateTime hours = today.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY)).atTime(12, 0);
        long firstHours = actingAs.call(marcus, () -> events.create(new EventDetails(collaborativeId,
                EventKind.OFFICE_HOURS, "Office hours with Marcus: run charts and PDSA", """
                Drop in with a run chart that puzzles you or a PDSA cycle you are planning. Six seats, so everyone \
                gets time; join the waitlist when it is full.""", hours, hours.plusHours(1), CHICAGO,
                "https://zoom.example.org/j/marcus-office-hours", null, Audience.TEAMS, Set.of(southside, delta), 6,
                List.of()), Recurrence.times(Frequency.MONTHLY_ON_LAST_WEEKDAY, 6)));
        long nextHours = actingAs.call(marcus, () -> events.upcoming(20)).stream()
                .filter(event -> event.kind() == EventKind.OFFICE_HOURS).map(EventSummary::id).findFirst()
                .orElse(firstHours);
        for (String name : List.of("Rosa Martinez", "Latoya Jenkins", "Kevin Tran", "Curtis Moore")) {
            actingAs.run(people.get(name), () -> events.respond(nextHours, true));
        }

        LocalDateTime huddle = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(8, 30);
        actingAs.run(people.get("Rosa Martinez"), () -> events.create(new EventDetails(collaborativeId,
                EventKind.TEAM_MEETING, "Southside team huddle", """
                Fifteen minutes on this week's PDSA: what we tried, what the data say, who does what next.""",
                huddle, huddle.plusMinutes(30), CHICAGO, null, "Southside FHC, 2nd floor conference room",
                Audience.TEAMS, Set.of(southside), null, List.of()), Recurrence.times(Frequency.EVERY_TWO_WEEKS, 8)));
        return firstCall;
    }

    private static LocalDate secondTuesday(LocalDate month) {
        return month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    /** Everyone but the organiser attended the first learning call; every fourth person left after 40 minutes. */
    private void recordAttendance(long call, Map<String, Long> people, long organiser) {
        int left = 0;
        for (long person : people.values().stream().filter(id -> id != organiser).sorted().toList()) {
            attendance.markPresent(call, person, left++ % 4 == 3 ? 40 : null);
        }
    }
}
