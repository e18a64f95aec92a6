package org.allteach.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.allteach.calendar.CalendarFeedSource;
import org.allteach.calendar.slots.Slot;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.SecureToken;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Someone else's coaching call is, to a participant, only time the coach is not free. */
class CoachingPrivacyTest extends IntegrationTestBase {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Autowired
    CoachingCalls calls;
    @Autowired
    CoachingAvailability availability;
    @Autowired
    CallLinks links;
    @Autowired
    List<CalendarFeedSource> feedSources;

    Scenario s;
    CoachingCall paulsCall;

    @BeforeEach
    void paulBooksACall() {
        s = scenarios.create();
        as(s.coachA(), () -> availability.save(CoachingFixtures.everyDay(Duration.ZERO, 8), null));
        Instant from = clock.instant().plus(Duration.ofDays(2));
        Slot slot = as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), HALF_HOUR, from,
                from.plus(Duration.ofDays(1)))).getFirst();
        paulsCall = as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(), s.coachA().id(),
                HALF_HOUR, slot.start(), "Our no-show rate is private", null)));
    }

    @Test
    void anotherParticipantCannotOpenTheCallById() {
        for (Person other : List.of(s.participantB(), s.leadA(), s.outsider())) {
            assertThatThrownBy(() -> as(other, () -> calls.call(paulsCall.id())))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You cannot open this coaching call.");
        }
        assertThatThrownBy(() -> as(s.participantB(), () -> calls.call(paulsCall.id() + 1_000_000)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("You cannot open this coaching call.");
    }

    @Test
    void anotherParticipantCannotMoveOrCancelTheCall() {
        Instant later = paulsCall.start().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> as(s.participantB(), () -> calls.reschedule(paulsCall.id(), later)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> calls.cancel(paulsCall.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> calls.freeSlotsToMoveTo(paulsCall.id(), later,
                later.plus(Duration.ofDays(1))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(s.participantA(), () -> calls.call(paulsCall.id())).status()).isEqualTo(CallStatus.CONFIRMED);
    }

    @Test
    void noLinkButTheEmailedOneOpensTheCall() {
        for (String guess : List.of(SecureToken.generate().value(), String.valueOf(paulsCall.id()), "", "../1")) {
            assertThat(links.open(guess).status()).isEqualTo(LinkedCall.Status.UNKNOWN);
            assertThat(links.open(guess).otherPartyName()).isNull();
            assertThatThrownBy(() -> links.cancel(guess, null)).isInstanceOf(InvalidInput.class)
                    .hasMessage(LinkedCall.Status.UNKNOWN.message());
        }
        assertThat(as(s.participantA(), () -> calls.call(paulsCall.id())).status()).isEqualTo(CallStatus.CONFIRMED);
    }

    @Test
    void theCoachAndTheOrganisersSeeTheDetailsButOrganisersCannotChangeIt() {
        CoachingCall asCoach = as(s.coachA(), () -> calls.call(paulsCall.id()));
        assertThat(asCoach.agenda()).isEqualTo("Our no-show rate is private");
        assertThat(asCoach.myParty()).isEqualTo(Party.COACH);
        assertThat(asCoach.changeable()).isTrue();

        CoachingCall asOrganiser = as(s.organiser(), () -> calls.call(paulsCall.id()));
        assertThat(asOrganiser.participantName()).isEqualTo(s.participantA().name());
        assertThat(asOrganiser.myParty()).isNull();
        assertThat(asOrganiser.changeable()).isFalse();
        assertThat(as(s.organiser(), () -> calls.upcomingIn(s.collaborativeId(), 10))).extracting(CoachingCall::id)
                .containsExactly(paulsCall.id());
        assertThatThrownBy(() -> as(s.organiser(), () -> calls.cancel(paulsCall.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> calls.upcomingIn(s.collaborativeId(), 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherParticipantSeesTheTimeOnlyAsNotFree() {
        assertThat(as(s.participantB(), () -> calls.myUpcoming(10))).isEmpty();
        List<Slot> free = as(s.participantB(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), HALF_HOUR,
                paulsCall.start().minus(Duration.ofHours(1)), paulsCall.end().plus(Duration.ofHours(1))));
        assertThat(free).isNotEmpty().extracting(Slot::start).doesNotContain(paulsCall.start());
    }

    @Test
    void calendarFeedsHoldOnlyThePersonsOwnCalls() {
        Instant from = clock.instant();
        Instant to = from.plus(Duration.ofDays(30));

        assertThat(feed(s.participantB(), from, to)).isEmpty();
        assertThat(feed(s.leadA(), from, to)).isEmpty();
        assertThat(feed(s.participantA(), from, to)).singleElement().satisfies(entry -> {
            assertThat(entry.summary()).isEqualTo("Coaching call with " + s.coachA().name());
            assertThat(entry.description()).contains("Our no-show rate is private");
        });
        assertThat(feed(s.coachA(), from, to)).singleElement()
                .extracting(IcsEvent::summary).isEqualTo("Coaching call with " + s.participantA().name());

        as(s.participantA(), () -> calls.cancel(paulsCall.id(), null));
        assertThat(feed(s.coachA(), from, to)).isEmpty();
    }

    private List<IcsEvent> feed(Person person, Instant from, Instant to) {
        return feedSources.stream().flatMap(source -> source.feedEntries(person.id(), from, to).stream())
                .filter(entry -> entry.uid().startsWith("coaching-call-")).toList();
    }
}
