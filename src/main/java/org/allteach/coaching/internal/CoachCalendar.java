package org.allteach.coaching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.allteach.calendar.BusyInterval;
import org.allteach.calendar.Events;
import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Busy;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.SlotFinder;
import org.allteach.calendar.slots.SlotProblem;
import org.springframework.stereotype.Component;

/**
 * A coach's commitments as the slot computation needs them: their confirmed coaching calls (buffers and the daily
 * limit apply), the calls they booked themselves with other coaches, and the events they host or attend. Nothing here says who booked what: only busy times leave it.
 */
@Component
public class CoachCalendar {

    /** Around the asked-for window, so calls on the same coach-day count toward the daily limit in any zone. */
    private static final Duration MARGIN = Duration.ofDays(2);

    private final BookingRepository bookings;
    private final Events events;

    CoachCalendar(BookingRepository bookings, Events events) {
        this.bookings = bookings;
        this.events = events;
    }

    /**
     * @param except a booking being moved, which must not stand in its own way; null for none
     */
    public List<Busy> busy(long coachId, Instant from, Instant to, Long except) {
        Instant since = from.minus(MARGIN);
        Instant until = to.plus(MARGIN);
        List<Busy> busy = new ArrayList<>();
        for (BusyInterval event : events.busyIntervals(coachId, since, until)) {
            busy.add(Busy.event(event.start(), event.end()));
        }
        for (Booking booking : bookings.findConfirmedForCoach(coachId, since, until)) {
            if (!booking.getId().equals(except)) {
                busy.add(Busy.coachingCall(booking.getStartsAt(), booking.getEndsAt()));
            }
        }
        // their own calls with other coaches take their time like an event (no buffers, not in their daily limit)
        for (Booking booking : bookings.findConfirmedAsParticipant(coachId, since, until)) {
            if (!booking.getId().equals(except)) {
                busy.add(Busy.event(booking.getStartsAt(), booking.getEndsAt()));
            }
        }
        return busy;
    }

    public List<Slot> freeSlots(AvailabilityPolicy policy, long coachId, Duration length, Instant now, Instant from,
                                Instant to, Long except) {
        return SlotFinder.freeSlots(policy, length, now, from, to, busy(coachId, from, to, except));
    }

    /** Why a call of this length cannot start then, if it cannot; read under the coach's lock when booking. */
    public Optional<SlotProblem> check(AvailabilityPolicy policy, long coachId, Duration length,
                                                 Instant start, Instant now, Long except) {
        return SlotFinder.check(policy, length, start, now, busy(coachId, start, start.plus(length), except));
    }
}
