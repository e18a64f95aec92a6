package org.allteach.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.allteach.calendar.slots.Slot;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many people booking the same coach at the same moment: the database lets exactly the compatible calls through. */
class BookingConcurrencyTest extends IntegrationTestBase {

    private static final int PEOPLE = 20;
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    CoachingCalls calls;
    @Autowired
    CoachingAvailability availability;
    @Autowired
    Memberships memberships;

    Scenario s;
    List<Scenarios.Person> participants;

    @BeforeEach
    void twentyParticipantsAndACoach() {
        s = scenarios.create();
        as(s.coachA(), () -> availability.save(CoachingFixtures.everyDay(Duration.ofMinutes(10), PEOPLE), null));
        participants = CoachingFixtures.participants(scenarios, actingAs, memberships, s, s.teamA(), PEOPLE);
    }

    @Test
    void twentyBookingsOfTheSameSlotAtOnceGiveExactlyOneCall() throws Exception {
        Instant start = firstFreeStart(HALF_HOUR);

        List<Outcome> outcomes = bookAtOnce(i -> new NewBooking(s.collaborativeId(), s.coachA().id(), HALF_HOUR, start,
                "Call " + i, null));

        assertThat(outcomes).filteredOn(Outcome::booked).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked()).hasSize(PEOPLE - 1)
                .extracting(Outcome::refusal).containsOnly("That time was just taken. Please pick another time.");
        assertThat(confirmedCalls()).hasSize(1);
    }

    @Test
    void twentyBookingsOfOverlappingSlotsOfDifferentLengthsNeverOverlap() throws Exception {
        // Starts every half hour over two and a half hours, 30 or 60 minutes long: most pairs overlap (with the 10
        // minute buffer). All of it inside the coach's hours, whatever the time of day the test runs.
        Instant base = firstStartWithRoomFor(Duration.ofMinutes(150));
        List<Outcome> outcomes = bookAtOnce(i -> new NewBooking(s.collaborativeId(), s.coachA().id(),
                i % 2 == 0 ? HALF_HOUR : HOUR, base.plus(HALF_HOUR.multipliedBy(i % 4)), "Call " + i, null));

        assertThat(outcomes).filteredOn(Outcome::booked).isNotEmpty();
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked()).extracting(Outcome::refusal)
                .containsOnly("That time was just taken. Please pick another time.");
        List<Slot> booked = confirmedCalls();
        assertThat(booked).hasSize((int) outcomes.stream().filter(Outcome::booked).count());
        for (int i = 0; i < booked.size(); i++) {
            for (int j = i + 1; j < booked.size(); j++) {
                Slot a = booked.get(i);
                Slot b = booked.get(j);
                assertThat(a.start().isBefore(b.end().plus(Duration.ofMinutes(10)))
                        && b.start().isBefore(a.end().plus(Duration.ofMinutes(10))))
                        .as("%s and %s keep the coach's 10 minute buffer apart", a, b).isFalse();
            }
        }
    }

    @Test
    void oneParticipantBookingTwoCoachesAtTheSameTimeFromManyTabsGetsOneCall() throws Exception {
        Scenarios.Person secondCoach = scenarios.newPerson("Second Coach");
        actingAs.run(scenarios.admin().id(), () -> memberships.enrol(s.collaborativeId(), s.teamA(), secondCoach.id(),
                Role.COACH));
        as(secondCoach, () -> availability.save(CoachingFixtures.everyDay(Duration.ofMinutes(10), PEOPLE), null));
        Instant start = firstFreeStart(HALF_HOUR);
        Scenarios.Person participant = participants.getFirst();

        List<Outcome> outcomes = bookAtOnce(i -> new NewBooking(s.collaborativeId(),
                i % 2 == 0 ? s.coachA().id() : secondCoach.id(), HALF_HOUR, start, "Call " + i, null), i -> participant);

        assertThat(outcomes).filteredOn(Outcome::booked).hasSize(1);
        assertThat(as(participant, () -> calls.myUpcoming(100))).filteredOn(call -> call.status() == CallStatus.CONFIRMED)
                .hasSize(1);
    }

    @Test
    void aCoachWhoBookedACallAsAParticipantIsNotBookableAtThatTime() {
        Scenarios.Person both = participants.get(1);
        actingAs.run(scenarios.admin().id(), () -> memberships.enrol(s.collaborativeId(), s.teamB(), both.id(),
                Role.COACH));
        as(both, () -> availability.save(CoachingFixtures.everyDay(Duration.ofMinutes(10), PEOPLE), null));
        Instant start = firstFreeStart(HALF_HOUR);
        as(both, () -> calls.book(new NewBooking(s.collaborativeId(), s.coachA().id(), HALF_HOUR, start,
                "My own coaching", null)));

        Scenarios.Person other = participants.get(2);
        assertThat(as(other, () -> calls.freeSlots(s.collaborativeId(), both.id(), HALF_HOUR,
                start.minus(HOUR), start.plus(HOUR)))).extracting(Slot::start).doesNotContain(start);
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> as(other, () -> calls.book(
                new NewBooking(s.collaborativeId(), both.id(), HALF_HOUR, start, "Our call", null))));
        assertThat(refused.fieldErrors()).containsKey("start");
    }

    private record Outcome(boolean booked, String refusal) {
    }

    private List<Outcome> bookAtOnce(IntFunction<NewBooking> request) throws Exception {
        return bookAtOnce(request, participants::get);
    }

    private List<Outcome> bookAtOnce(IntFunction<NewBooking> request, IntFunction<Scenarios.Person> who)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(PEOPLE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PEOPLE)) {
            for (int i = 0; i < PEOPLE; i++) {
                int index = i;
                futures.add(pool.submit(() -> as(who.apply(index), () -> {
                    ready.countDown();
                    try {
                        go.await();
                        calls.book(request.apply(index));
                        return new Outcome(true, null);
                    } catch (InvalidInput refused) {
                        return new Outcome(false, refused.fieldErrors().get("start"));
                    } catch (InterruptedException interrupted) {
                        throw new IllegalStateException(interrupted);
                    }
                })));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }

    private Instant firstFreeStart(Duration length) {
        Instant from = clock.instant().plus(Duration.ofDays(2));
        return as(participants.getFirst(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), length, from,
                from.plus(Duration.ofDays(1)))).getFirst().start();
    }

    /** The first start from which the whole span is free: an hour's call also fits at its last hour. */
    private Instant firstStartWithRoomFor(Duration span) {
        Instant from = clock.instant().plus(Duration.ofDays(2));
        List<Instant> starts = as(participants.getFirst(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(),
                HOUR, from, from.plus(Duration.ofDays(2)))).stream().map(Slot::start).toList();
        return starts.stream().filter(start -> starts.contains(start.plus(span.minus(HOUR)))).findFirst()
                .orElseThrow();
    }

    /** The coach's confirmed calls, as the coach sees them. */
    private List<Slot> confirmedCalls() {
        return as(s.coachA(), () -> calls.myUpcoming(100)).stream()
                .filter(call -> call.status() == CallStatus.CONFIRMED)
                .map(call -> new Slot(call.start(), call.end())).toList();
    }
}
