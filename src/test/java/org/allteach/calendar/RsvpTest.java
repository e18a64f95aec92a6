package org.allteach.calendar;

import static org.allteach.calendar.EventPlans.learningSession;
import static org.allteach.calendar.EventPlans.officeHours;
import static org.allteach.calendar.EventPlans.withSeats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Going or not, seats at office hours, and the waitlist that fills a seat someone gives up. */
@RecordApplicationEvents
class RsvpTest extends IntegrationTestBase {

    @Autowired
    Events events;
    @Autowired
    Memberships memberships;
    @Autowired
    ApplicationEvents published;

    Scenario s;
    LocalDateTime tomorrow;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        tomorrow = LocalDateTime.now().plusDays(1).withHour(15).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void whenOfficeHoursAreFullTheNextPersonWaitsAndGetsTheSeatSomeoneGivesUp() {
        long hours = as(s.coachA(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA()), tomorrow,
                1), null));

        assertThat(as(s.leadA(), () -> events.respond(hours, true))).isEqualTo(RsvpStatus.GOING);
        EventPage full = as(s.participantA(), () -> events.event(hours));
        assertThat(full.summary().seatsLeft()).isZero();
        assertThat(full.summary().full()).isTrue();
        assertThat(as(s.participantA(), () -> events.respond(hours, true))).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(as(s.participantA(), () -> events.event(hours)).myWaitlistPosition()).isEqualTo(1);

        assertThat(as(s.leadA(), () -> events.respond(hours, false))).isEqualTo(RsvpStatus.NOT_GOING);

        EventPage after = as(s.participantA(), () -> events.event(hours));
        assertThat(after.summary().myResponse()).isEqualTo(RsvpStatus.GOING);
        assertThat(after.waitlisted()).isZero();
        assertThat(published.stream(SeatGiven.class)).containsExactly(new SeatGiven(hours, s.participantA().id()));
    }

    @Test
    void theWaitlistIsServedInTheOrderPeopleAsked() {
        long hours = as(s.organiser(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA(),
                s.teamB()), tomorrow, 1), null));
        as(s.coachA(), () -> events.respond(hours, true));
        as(s.participantB(), () -> events.respond(hours, true));
        as(s.participantA(), () -> events.respond(hours, true));
        assertThat(as(s.participantA(), () -> events.event(hours)).myWaitlistPosition()).isEqualTo(2);

        as(s.coachA(), () -> events.respond(hours, false));

        assertThat(as(s.participantB(), () -> events.event(hours)).summary().myResponse())
                .isEqualTo(RsvpStatus.GOING);
        assertThat(as(s.participantA(), () -> events.event(hours)).myWaitlistPosition()).isEqualTo(1);
    }

    @Test
    void moreSeatsGoToTheWaitlist() {
        long hours = as(s.coachA(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA()), tomorrow,
                1), null));
        as(s.leadA(), () -> events.respond(hours, true));
        as(s.participantA(), () -> events.respond(hours, true));

        EventDraft draft = as(s.coachA(), () -> events.draft(hours, EventScope.ONE));
        as(s.coachA(), () -> events.update(hours, EventScope.ONE, withSeats(draft.details(), 2), null));

        assertThat(as(s.participantA(), () -> events.event(hours)).summary().myResponse())
                .isEqualTo(RsvpStatus.GOING);
    }

    @Test
    void eventsWithoutSeatsTakeEveryoneAndShowWhoIsGoingToThoseWhoPlanThem() {
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), tomorrow), null));
        as(s.participantA(), () -> events.respond(session, true));
        as(s.participantB(), () -> events.respond(session, true));
        as(s.leadA(), () -> events.respond(session, false));

        EventPage page = as(s.organiser(), () -> events.event(session));
        assertThat(page.summary().going()).isEqualTo(2);
        assertThat(page.summary().seatsLeft()).isNull();
        assertThat(page.goingNames()).containsExactlyInAnyOrder(s.participantA().name(), s.participantB().name());
        assertThat(as(s.participantA(), () -> events.event(session)).goingNames()).isEmpty();
        assertThat(as(s.leadA(), () -> events.upcoming(10))).extracting(EventSummary::id).doesNotContain(session);
    }

    @Test
    void nobodyAnswersForACancelledEvent() {
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), tomorrow), null));
        as(s.organiser(), () -> events.cancel(session, EventScope.ONE));

        assertThatThrownBy(() -> as(s.participantA(), () -> events.respond(session, true)))
                .isInstanceOf(InvalidInput.class).hasMessage("This event was cancelled.");
        assertThat(as(s.participantA(), () -> events.event(session)).mayRespond()).isFalse();
    }

    @Test
    void twentyPeopleTakingTheLastSeatAtOnceGiveExactlyOneSeat() throws Exception {
        long hours = as(s.organiser(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA()),
                tomorrow, 3), null));
        as(s.leadA(), () -> events.respond(hours, true));
        as(s.participantA(), () -> events.respond(hours, true));
        List<Person> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Person person = scenarios.newPerson("Crowd Member");
            as(scenarios.admin(), () -> memberships.enrol(s.collaborativeId(), s.teamA(), person.id(),
                    Role.PARTICIPANT));
            crowd.add(person);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<RsvpStatus>> answers = new ArrayList<>();
        try {
            for (Person person : crowd) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return actingAs.call(person.id(), () -> events.respond(hours, true));
                }));
            }
            start.countDown();
            List<RsvpStatus> statuses = new ArrayList<>();
            for (Future<RsvpStatus> answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses.stream().filter(status -> status == RsvpStatus.GOING)).hasSize(1);
            assertThat(statuses.stream().filter(status -> status == RsvpStatus.WAITLISTED)).hasSize(19);
            EventPage page = as(s.organiser(), () -> events.event(hours));
            assertThat(page.summary().going()).isEqualTo(3);
            assertThat(page.waitlisted()).isEqualTo(19);
        } finally {
            pool.shutdownNow();
        }
    }
}
