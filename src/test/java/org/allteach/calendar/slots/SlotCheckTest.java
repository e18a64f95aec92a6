package org.allteach.calendar.slots;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link SlotFinder#check}: the booking service's last word on a chosen time, and the message the person sees. */
class SlotCheckTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "12:00").lengths(30, 60)
            .notice(Duration.ofHours(4)).daysAhead(14).maxCallsPerDay(2).buffers(0, 15);
    private final Instant sundayNoon = coach.at("2026-05-31T12:00");

    private Optional<SlotProblem> check(Duration length, String localStart, Busy... busy) {
        return SlotFinder.check(coach.policy(), length, coach.at(localStart), sundayNoon, List.of(busy));
    }

    @Test
    void aFreeSlotHasNoProblem() {
        assertThat(check(HALF_HOUR, "2026-06-01T09:00")).isEmpty();
        assertThat(check(Duration.ofHours(1), "2026-06-01T11:00")).isEmpty();
    }

    @Test
    void aLengthTheCoachDoesNotOfferIsRefused() {
        assertThat(check(Duration.ofMinutes(45), "2026-06-01T09:00")).contains(SlotProblem.LENGTH_NOT_OFFERED);
    }

    @Test
    void aStartBeforeNowIsInThePast() {
        assertThat(check(HALF_HOUR, "2026-05-25T09:00")).contains(SlotProblem.IN_THE_PAST);
    }

    @Test
    void aStartSoonerThanTheMinimumNoticeIsRefused() {
        coach.weekly(SUNDAY, "09:00", "18:00");

        assertThat(check(HALF_HOUR, "2026-05-31T15:30")).contains(SlotProblem.INSIDE_MINIMUM_NOTICE);
        assertThat(check(HALF_HOUR, "2026-05-31T16:00")).isEmpty();
    }

    @Test
    void aStartAfterTheLastBookableDayIsBeyondTheBookingWindow() {
        // today is Sunday 31 May for the coach; 14 days ahead is Sunday 14 June
        assertThat(check(HALF_HOUR, "2026-06-08T09:00")).isEmpty();
        assertThat(check(HALF_HOUR, "2026-06-15T09:00")).contains(SlotProblem.BEYOND_BOOKING_WINDOW);
    }

    @Test
    void aStartOutsideTheCoachsHoursIsOutsideAvailability() {
        assertThat(check(HALF_HOUR, "2026-06-01T08:30")).contains(SlotProblem.OUTSIDE_AVAILABILITY);
        assertThat(check(HALF_HOUR, "2026-06-02T09:00")).contains(SlotProblem.OUTSIDE_AVAILABILITY);
    }

    @Test
    void aCallRunningPastTheEndOfTheHoursIsOutsideAvailability() {
        assertThat(check(Duration.ofHours(1), "2026-06-01T11:30")).contains(SlotProblem.OUTSIDE_AVAILABILITY);
    }

    @Test
    void aStartBetweenTheOfferedStartTimesIsOutsideAvailability() {
        assertThat(check(HALF_HOUR, "2026-06-01T09:10")).contains(SlotProblem.OUTSIDE_AVAILABILITY);
    }

    @Test
    void aStartOnADayOffIsOutsideAvailability() {
        coach.override("2026-06-01");

        assertThat(check(HALF_HOUR, "2026-06-01T09:00")).contains(SlotProblem.OUTSIDE_AVAILABILITY);
    }

    @Test
    void aStartOverlappingAnotherCallOrItsBufferIsAConflict() {
        Busy call = coach.call("2026-06-01T10:00", 30);

        assertThat(check(HALF_HOUR, "2026-06-01T10:00", call)).contains(SlotProblem.CONFLICT);
        assertThat(check(HALF_HOUR, "2026-06-01T10:30", call)).contains(SlotProblem.CONFLICT);
        assertThat(check(HALF_HOUR, "2026-06-01T11:00", call)).isEmpty();
        // the new call's own 15 minutes after would run into the booked call
        assertThat(check(HALF_HOUR, "2026-06-01T09:30", call)).contains(SlotProblem.CONFLICT);
    }

    @Test
    void aStartOverlappingAnEventIsAConflict() {
        assertThat(check(Duration.ofHours(1), "2026-06-01T09:00", coach.event("2026-06-01T09:45", 15)))
                .contains(SlotProblem.CONFLICT);
    }

    @Test
    void aDayWithTheMostCallsIsFull() {
        Busy[] twoCalls = {coach.call("2026-06-01T09:00", 30), coach.call("2026-06-01T11:30", 30)};

        assertThat(check(HALF_HOUR, "2026-06-01T10:00", twoCalls)).contains(SlotProblem.DAY_FULL);
        assertThat(check(HALF_HOUR, "2026-06-01T10:00", twoCalls[0])).isEmpty();
    }

    @Test
    void theSameStartTakenByAnotherBookingIsAConflictEvenOnAFullDay() {
        Busy[] twoCalls = {coach.call("2026-06-01T09:00", 30), coach.call("2026-06-01T11:30", 30)};

        assertThat(check(HALF_HOUR, "2026-06-01T09:00", twoCalls)).contains(SlotProblem.CONFLICT);
    }

    @Test
    void everyProblemHasAMessageForThePersonBooking() {
        for (SlotProblem problem : SlotProblem.values()) {
            assertThat(problem.message()).isNotBlank().endsWith(".").doesNotContain("_");
        }
        assertThat(SlotProblem.CONFLICT.message()).contains("no longer free");
    }

    @Test
    void checkAgreesWithTheFreeSlotsForEveryStartOnAFiveMinuteGrid() {
        Random random = new Random(17);
        for (int round = 0; round < 40; round++) {
            Coach randomCoach = Coach.in(random.nextBoolean() ? "America/New_York" : "Asia/Kolkata")
                    .buffers(5 * random.nextInt(4), 5 * random.nextInt(4)).startEvery(5 * (1 + random.nextInt(6)))
                    .maxCallsPerDay(1 + random.nextInt(4)).notice(Duration.ofMinutes(30 * random.nextInt(10)))
                    .daysAhead(1 + random.nextInt(3)).lengths(15, 30, 60);
            for (DayOfWeek day : DayOfWeek.values()) {
                int from = random.nextInt(10);
                randomCoach.weekly(day, "%02d:%02d".formatted(from, 5 * random.nextInt(12)),
                        "%02d:00".formatted(from + 2 + random.nextInt(10)));
                if (random.nextBoolean()) {
                    randomCoach.weekly(day, "%02d:15".formatted(from + 12), "%02d:00".formatted(from + 13 + random.nextInt(2)));
                }
            }
            // days around the spring-forward change of New York
            randomCoach.override("2026-03-09", "10:00", "11:00");
            Instant now = randomCoach.at("2026-03-07T%02d:%02d".formatted(random.nextInt(24), random.nextInt(60)));
            List<Busy> busy = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Instant start = now.plus(Duration.ofMinutes(5L * random.nextInt(12 * 24 * 4)));
                Instant end = start.plus(Duration.ofMinutes(5L + 5 * random.nextInt(18)));
                busy.add(new Busy(start, end, random.nextBoolean()));
            }
            Duration length = Duration.ofMinutes(List.of(15, 30, 60).get(random.nextInt(3)));
            AvailabilityPolicy policy = randomCoach.policy();
            Instant from = now.minus(Duration.ofDays(1));
            Instant to = now.plus(Duration.ofDays(5));

            Set<Instant> free = new HashSet<>(SlotFinder.freeSlots(policy, length, now, from, to, busy).stream()
                    .map(Slot::start).toList());

            for (Instant start = from; start.isBefore(to); start = start.plus(Duration.ofMinutes(5))) {
                assertThat(SlotFinder.check(policy, length, start, now, busy).isEmpty())
                        .as("round %d, start %s: free slots %s it", round, start, free.contains(start) ? "list" : "omit")
                        .isEqualTo(free.contains(start));
            }
        }
    }
}
