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

import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.identity.ActingAs;
import org.springframework.stereotype.Component;

/**
 * The community of practice's office hours: Latoya Jenkins, an alumna of the closed hypertension cohort, hosts an hour
 * on starting REaL data collection for the whole community, and Elena Chavez of the current cohort, who joined the
 * community, says she is going. Built through the calendar's services, as a member would.
 */
@Component
class DemoOfficeHours {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final Events events;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoOfficeHours(Events events, ActingAs actingAs, Clock clock) {
        this.events = events;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    /** After the cohort {@code hostedFrom} is closed (its members are alumni) and Elena has joined the community. */
    void load(long hostedFrom, Map<String, Long> people) {
        LocalDateTime start = LocalDate.now(clock.withZone(CHICAGO)).plusWeeks(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(12, 0);
        long hours = actingAs.call(people.get("Latoya Jenkins"), () -> events.create(new EventDetails(hostedFrom,
                EventKind.OFFICE_HOURS, "Office hours: starting REaL data collection", """
                Our team started asking patients their race, ethnicity and preferred language at registration in the \
                hypertension collaborative. Bring your registration form or the first month of your data, and we \
                look at what front-desk staff need, how to word the questions, and how to report the first \
                stratified run chart. Eight seats, so everyone gets time.""", start, start.plusHours(1), CHICAGO,
                "https://zoom.example.org/j/latoya-office-hours", null, Audience.COMMUNITY, Set.of(), 8, List.of()),
                null));
        actingAs.run(people.get("Elena Chavez"), () -> events.respond(hours, true));
    }
}
