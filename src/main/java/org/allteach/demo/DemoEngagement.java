package org.allteach.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.CalendarFilter;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.WeeklyRule;
import org.allteach.coaching.CoachingAvailability;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.NewBooking;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.identity.ActingAs;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MonthValues;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.LinkedMeasure;
import org.allteach.pdsa.Pdsa;
import org.springframework.stereotype.Component;

/**
 * What makes the organiser's dashboard read like a collaborative in its ninth month: most teams send their data on
 * time, test changes and talk to their coach; two need attention for reasons a coach would recognise. Rio Grande
 * started well but stopped sending data two months ago and has had no coaching call; Phoenix Valley sends its data
 * late, has not started a PDSA cycle and has gone quiet in the discussions.
 */
@Component
class DemoEngagement {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final String CONTROL = "HbA1c under 8%";

    private final Teams teams;
    private final MeasureData data;
    private final Pdsa pdsa;
    private final CoachingAvailability availability;
    private final CoachingCalls calls;
    private final Events events;
    private final Attendance attendance;
    private final DemoPast past;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoEngagement(Teams teams, MeasureData data, Pdsa pdsa, CoachingAvailability availability, CoachingCalls calls,
                   Events events, Attendance attendance, DemoPast past, ActingAs actingAs, Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.teams = teams;
        this.data = data;
        this.pdsa = pdsa;
        this.availability = availability;
        this.calls = calls;
        this.past = past;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    /** After {@link DemoMeasures}, {@link DemoPdsa} and {@link DemoCoaching}. */
    void load(long collaborativeId, Map<String, Long> people) {
        Map<String, Long> teamIds = new java.util.HashMap<>();
        actingAs.call(people.get(DemoCollaborative.ORGANISER.name()), () -> teams.teamRefs(collaborativeId))
                .forEach(team -> teamIds.put(team.name(), team.id()));
        YearMonth first = YearMonth.from(DemoCollaborative.DETAILS.startDate());
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);

        // Southside's own months come from DemoMeasures; the other teams report totals, each its own level.
        report(people, "Latoya Jenkins", teamIds.get("Mississippi Delta Partnership"), first, lastMonth, 142, 260);
        report(people, "Marisol Gutierrez", teamIds.get("East Bay Partnership"), first, lastMonth, 171, 298);
        report(people, "Andre Baptiste", teamIds.get("South Bronx Partnership"), first, lastMonth, 203, 372);
        report(people, "Monique Dubois", teamIds.get("Phoenix Valley Partnership"), first, lastMonth, 119, 240);
        // Rio Grande's data partner lost its analyst in the summer: nothing since.
        report(people, "Elena Chavez", teamIds.get("Rio Grande Partnership"), first, lastMonth.minusMonths(2), 98,
                205);
        past.measuresEnteredOn(collaborativeId, 9);
        past.teamMeasuresEnteredOn(teamIds.get("Phoenix Valley Partnership"), 24);

        cycle(people, "Latoya Jenkins", teamIds.get("Mississippi Delta Partnership"),
                "Blood sugar checks after Sunday service",
                "Find patients with diabetes who have not had an A1c in a year where they already gather.",
                "Half of the people checked who have diabetes book a clinic visit within a month.", 14);
        cycle(people, "Marisol Gutierrez", teamIds.get("East Bay Partnership"),
                "Promotoras call patients with an A1c over 9%",
                "See whether a call from a promotora brings patients with a high A1c back to the clinic.",
                "Of 30 patients called, 15 come in within six weeks.", 21);
        cycle(people, "Andre Baptiste", teamIds.get("South Bronx Partnership"),
                "Home BP cuff loans with a deposit",
                "Get the loaned blood pressure cuffs back, and the readings with them.",
                "With a $10 deposit refunded on return, 30 of 40 cuffs come back within two months.", 9);
        cycle(people, "Elena Chavez", teamIds.get("Rio Grande Partnership"),
                "Community health workers at the diabetes class",
                "See whether patients who meet a community health worker at the class come back for their A1c.",
                "Two thirds of the class have an A1c drawn within three months.", 150);

        // Southside's huddles so far: most of the team came
        long dana = people.get(DemoCollaborative.ORGANISER.name());
        Instant now = clock.instant();
        List<Long> huddles = actingAs.call(dana, () -> events.between(now.minus(Duration.ofDays(30)), now,
                CalendarFilter.EVERYTHING)).stream()
                .filter(event -> event.kind() == EventKind.TEAM_MEETING && event.end().isBefore(now))
                .map(EventSummary::id).toList();
        for (long huddle : huddles) {
            for (String member : List.of("Rosa Martinez", "Kevin Tran", "Emily Novak", "Priya Raman",
                    "Denise Washington")) {
                actingAs.run(dana, () -> attendance.markPresent(huddle, people.get(member), null));
            }
        }

        // Aiko and Luis keep coaching hours like Marcus's; Rio Grande has not booked a call with Luis.
        hours(people.get("Aiko Tanaka"), ZoneId.of("America/Los_Angeles"), "https://meet.example.org/aiko-tanaka");
        hours(people.get("Luis Herrera"), ZoneId.of("America/Denver"), "https://meet.example.org/luis-herrera");
        callHeld(collaborativeId, people, "Kevin Tran", "Marcus Bell", 5, """
                Our promotora ramp is adopted: how do we keep Lucia's hours after the grant?""");
        callHeld(collaborativeId, people, "Latoya Jenkins", "Marcus Bell", 3, """
                Planning the Sunday blood sugar checks with two churches: what to measure from the first week.""");
        callHeld(collaborativeId, people, "Marisol Gutierrez", "Aiko Tanaka", 2, """
                Which patients the promotoras should call first, and how to log the calls.""");
        callHeld(collaborativeId, people, "Andre Baptiste", "Aiko Tanaka", 4, """
                Cuff loans: setting up the deposit with the clinic's finance office.""");
        callHeld(collaborativeId, people, "Monique Dubois", "Luis Herrera", 6, """
                Our data comes in late every month: who at the data lab could run the registry earlier?""");
    }

    private void report(Map<String, Long> people, String lead, long teamId, YearMonth from, YearMonth to,
                        int controlledAtStart, int patients) {
        long person = people.get(lead);
        long control = actingAs.call(person, () -> pdsa.measuresToLink(teamId)).stream()
                .filter(measure -> measure.name().equals(CONTROL)).map(LinkedMeasure::id).findFirst().orElseThrow();
        int month = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1), month++) {
            // a slow climb with a month's noise, as teams' first changes take hold
            int controlled = controlledAtStart + 2 * month + (month * 7) % 5 - 2;
            YearMonth reported = m;
            actingAs.run(person, () -> data.record(control, teamId, reported, new MonthValues(
                    MonthValues.Entry.ratio(controlled, patients), Map.of(), false)));
        }
    }

    /** A cycle the team started {@code daysAgo}. */
    private void cycle(Map<String, Long> people, String lead, long teamId, String title, String objective,
                       String prediction, int daysAgo) {
        long person = people.get(lead);
        LocalDate started = LocalDate.now(clock).minusDays(daysAgo);
        long cycle = actingAs.call(person, () -> pdsa.plan(teamId, new CycleDetails(null, null, title, objective,
                "Does it work here, and what does it cost the team's week?", prediction, lead, objective,
                "Four weeks", "Clinic and community", "Counts each week in the team's tracker.", null, null, null,
                null, null, started, started, null, Set.of(), Set.of())));
        actingAs.run(person, () -> pdsa.start(cycle));
    }

    private void hours(long coach, ZoneId zone, String meetingPlace) {
        List<WeeklyRule> weekly = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            weekly.add(new WeeklyRule(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            weekly.add(new WeeklyRule(day, LocalTime.of(13, 0), LocalTime.of(16, 0)));
        }
        actingAs.run(coach, () -> availability.save(new AvailabilityPolicy(zone, weekly, List.of(), Duration.ZERO,
                Duration.ofMinutes(10), Duration.ofHours(12), 30, 4, List.of(HALF_HOUR, Duration.ofHours(1)),
                HALF_HOUR), meetingPlace));
    }

    /** A call booked through the coaching service for the coming weeks, then moved back to when it was held. */
    private void callHeld(long collaborativeId, Map<String, Long> people, String participant, String coachName,
                          int weeksAgo, String agenda) {
        long coach = people.get(coachName);
        long bookingId = actingAs.call(people.get(participant), () -> {
            Instant from = clock.instant().plus(Duration.ofDays(3));
            // later slots than Rosa's upcoming call, so hers stays the first one free
            List<org.allteach.calendar.slots.Slot> free = calls.freeSlots(collaborativeId, coach, HALF_HOUR, from,
                    from.plus(Duration.ofDays(14)));
            Instant start = free.get(Math.min(free.size() - 1, 3 + weeksAgo)).start();
            return calls.book(new NewBooking(collaborativeId, coach, HALF_HOUR, start, agenda, null)).id();
        });
        past.callHeld(bookingId, weeksAgo + 2);
    }
}
