package org.allteach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.allteach.calendar.slots.Slot;
import org.allteach.notification.NotificationView;
import org.allteach.notification.Notifications;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A booked, moved or cancelled call shows under the other side's bell, never the side that acted. */
class BookingNotificationsTest extends IntegrationTestBase {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Autowired
    CoachingCalls calls;
    @Autowired
    CoachingAvailability availability;
    @Autowired
    Notifications notifications;

    Scenario s;

    @BeforeEach
    void coachOpensTheirCalendar() {
        s = scenarios.create();
        as(s.coachA(), () -> availability.save(CoachingFixtures.everyDay(Duration.ZERO, 8), "https://meet.example/carl"));
    }

    @Test
    void theOtherSideOfACallHearsOfEachChange() {
        Slot slot = freeSlot(2);
        CoachingCall call = as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), HALF_HOUR, slot.start(), "Our aim statement", null)));

        assertThat(titles(s.coachA())).containsExactly("Paul Participant booked a coaching call with you");
        assertThat(titles(s.participantA())).isEmpty();

        Slot later = freeSlot(3);
        as(s.coachA(), () -> calls.reschedule(call.id(), later.start()));
        assertThat(titles(s.participantA())).containsExactly("Carl Coach moved your coaching call");

        as(s.participantA(), () -> calls.cancel(call.id(), "Clinic closed for the storm"));
        assertThat(titles(s.coachA())).containsExactly("Paul Participant cancelled your coaching call",
                "Paul Participant booked a coaching call with you");
        assertThat(as(s.coachA(), () -> notifications.mine(0, 1)).getFirst().link())
                .isEqualTo("coaching/calls/" + call.id());
    }

    private Slot freeSlot(int days) {
        Instant from = clock.instant().plus(Duration.ofDays(days));
        return as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), HALF_HOUR, from,
                from.plus(Duration.ofDays(1)))).getFirst();
    }

    private List<String> titles(Scenarios.Person person) {
        return as(person, () -> notifications.mine(0, 20)).stream().map(NotificationView::title).toList();
    }
}
