package org.allteach.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.WeeklyRule;
import org.allteach.coaching.CoachingAvailability;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.NewBooking;
import org.allteach.coaching.ThreadToDiscuss;
import org.allteach.identity.ActingAs;
import org.springframework.stereotype.Component;

/** Marcus Bell's weekday coaching hours, and a call Rosa Martinez booked with him about her team's reminders. */
@Component
class DemoCoaching {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final CoachingAvailability availability;
    private final CoachingCalls calls;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoCoaching(CoachingAvailability availability, CoachingCalls calls, ActingAs actingAs, Clock clock) {
        this.availability = availability;
        this.calls = calls;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    /** @param people person ids by display name */
    void load(long collaborativeId, Map<String, Long> people) {
        DemoCollaborative.Person coachCast = DemoCollaborative.COACHES.getFirst();
        long coach = people.get(coachCast.name());
        List<WeeklyRule> weekly = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            weekly.add(new WeeklyRule(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            weekly.add(new WeeklyRule(day, LocalTime.of(13, 0), LocalTime.of(16, 30)));
        }
        weekly.add(new WeeklyRule(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        actingAs.run(coach, () -> availability.save(new AvailabilityPolicy(coachCast.zone(), weekly, List.of(),
                Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(12), 30, 4,
                List.of(HALF_HOUR, Duration.ofHours(1)), HALF_HOUR), "https://meet.example.org/marcus-bell"));

        actingAs.run(people.get("Rosa Martinez"), () -> {
            Instant from = clock.instant().plus(Duration.ofDays(2));
            Instant start = calls.freeSlots(collaborativeId, coach, HALF_HOUR, from, from.plus(Duration.ofDays(14)))
                    .getFirst().start();
            Long thread = calls.threadsToDiscuss(collaborativeId, coach).stream()
                    .filter(option -> option.title().startsWith("Text reminders")).map(ThreadToDiscuss::id)
                    .findFirst().orElse(null);
            calls.book(new NewBooking(collaborativeId, coach, HALF_HOUR, start, """
                    Spreading our **Spanish text reminders** to the second clinic site:

                    - who should own the preferred-language field at check-in there?
                    - which measure tells us early if no-shows creep back up?""", thread));
        });
    }
}
