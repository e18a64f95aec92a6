package org.allteach.coaching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.SlotProblem;
import org.allteach.coaching.BookingCancelled;
import org.allteach.coaching.BookingConfirmed;
import org.allteach.coaching.BookingRescheduled;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, moves and cancels calls, one at a time per coach: each change first locks the coach's availability row,
 * then reads the coach's calls and checks the time again, then locks the participant's row and checks they are free
 * too (a participant can book two coaches at once from two tabs). The callers' transactions run at READ COMMITTED, so what
 * is read after the lock includes every call committed before it was granted (at REPEATABLE READ a snapshot taken
 * earlier in the transaction could hide one). The unique key on (coach, start) of confirmed calls stands behind it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CallScheduler {

    public static final String TAKEN = "That time was just taken. Please pick another time.";
    private static final String UNIQUE_START = "uk_coaching_booking_coach_start";

    private final CoachAvailabilityRepository availabilities;
    private final BookingRepository bookings;
    private final CoachCalendar calendar;
    private final CallMails mails;
    private final ApplicationEventPublisher events;
    private final CollaborativeAccess access;
    private final Clock clock;

    CallScheduler(CoachAvailabilityRepository availabilities, BookingRepository bookings, CoachCalendar calendar,
                  CallMails mails, ApplicationEventPublisher events, CollaborativeAccess access, Clock clock) {
        this.availabilities = availabilities;
        this.bookings = bookings;
        this.calendar = calendar;
        this.mails = mails;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Books a call the caller has authorised.
     *
     * @throws InvalidInput with field {@code coach} (no availability) or {@code start} (the time cannot be booked)
     */
    public Booking book(long coachId, long participantId, long collaborativeId, Long teamId, Duration length,
                        Instant start, String agenda, Long threadId, String threadTitle) {
        CoachAvailability availability = availabilities.lockByCoachId(coachId)
                .orElseThrow(() -> InvalidInput.of("coach", "This coach does not take bookings yet."));
        Instant now = clock.instant();
        calendar.check(Policies.toPolicy(availability), coachId, length, start, now, null)
                .ifPresent(CallScheduler::refuse);
        Instant end = start.plus(length);
        requireParticipantFree(participantId, start, end, 0);
        Booking booking = UniqueConstraints.saving(() -> bookings.saveAndFlush(new Booking(
                "coaching-call-" + UUID.randomUUID() + "@allteach", coachId, participantId, collaborativeId, teamId,
                start, end, agenda, threadId, threadTitle, now)), UNIQUE_START, "start", TAKEN);
        mails.booked(booking);
        events.publishEvent(new BookingConfirmed(booking.getId(), collaborativeId, coachId, participantId, start, end));
        return booking;
    }

    /**
     * Locks the booking's coach, then reads the booking: every change to a coach's calls waits for the one before,
     * and sees its result. Empty when there is no such booking.
     */
    public Optional<Booking> lockForChange(long bookingId) {
        return bookings.findCoachIdOf(bookingId).flatMap(coachId -> {
            availabilities.lockByCoachId(coachId);
            return bookings.findById(bookingId);
        });
    }

    /**
     * Moves a call read with {@link #lockForChange} to a new start, keeping its length. Both ways in (the portal and
     * the emailed link) come through here, so both refuse once the collaborative has closed; cancelling stays open:
     * freeing a coach's time after the end harms no record (docs/decisions/0033).
     *
     * @throws InvalidInput with field {@code start}, or a blank field when the call can no longer change
     * @throws org.allteach.shared.ReadOnlyArchive when the call's collaborative has closed
     */
    public void reschedule(Booking booking, Instant newStart, long byPersonId) {
        access.requireOpen(booking.getCollaborativeId());
        requireChangeable(booking);
        if (newStart == null) {
            throw InvalidInput.of("start", "Pick a new time.");
        }
        if (newStart.equals(booking.getStartsAt())) {
            throw InvalidInput.of("start", "This is the call's current time. Pick a different one.");
        }
        Instant now = clock.instant();
        Duration length = booking.getLength();
        CoachAvailability availability = availabilities.findById(booking.getCoachId()).orElseThrow();
        AvailabilityPolicy policy = Policies.alsoOffering(Policies.toPolicy(availability), length);
        calendar.check(policy, booking.getCoachId(), length, newStart, now, booking.getId())
                .ifPresent(CallScheduler::refuse);
        Instant newEnd = newStart.plus(length);
        requireParticipantFree(booking.getParticipantId(), newStart, newEnd, booking.getId());
        Instant previousStart = booking.getStartsAt();
        Instant previousEnd = booking.getEndsAt();
        booking.moveTo(newStart, newEnd, now);
        UniqueConstraints.saving(() -> bookings.saveAndFlush(booking), UNIQUE_START, "start", TAKEN);
        mails.moved(booking, byPersonId, previousStart, previousEnd);
        events.publishEvent(new BookingRescheduled(booking.getId(), booking.getCollaborativeId(),
                booking.getCoachId(), booking.getParticipantId(), previousStart, previousEnd, newStart, newEnd,
                byPersonId));
    }

    /**
     * Cancels a call read with {@link #lockForChange}.
     *
     * @throws InvalidInput with field {@code reason}, or a blank field when the call can no longer change
     */
    public void cancel(Booking booking, String reason, long byPersonId) {
        requireChangeable(booking);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String message = errors.optionalText("reason", reason, 500);
        errors.throwIfAny();
        booking.cancel(byPersonId, message, clock.instant());
        bookings.saveAndFlush(booking);
        mails.cancelled(booking);
        events.publishEvent(new BookingCancelled(booking.getId(), booking.getCollaborativeId(), booking.getCoachId(),
                booking.getParticipantId(), booking.getStartsAt(), booking.getEndsAt(), byPersonId));
    }

    /** Whether the call can still be moved or cancelled: confirmed and not yet started. */
    public boolean changeable(Booking booking) {
        return booking.isConfirmed() && clock.instant().isBefore(booking.getStartsAt());
    }

    /** Whether the call can still be moved: changeable, and its collaborative not closed (it can only be cancelled). */
    public boolean movable(Booking booking) {
        return movable(booking, new HashMap<>());
    }

    /** The same for one call of a list, remembering which collaboratives are closed ({@code closed}) across it. */
    public boolean movable(Booking booking, Map<Long, Boolean> closed) {
        return changeable(booking) && !closed.computeIfAbsent(booking.getCollaborativeId(), access::isClosed);
    }

    private void requireChangeable(Booking booking) {
        if (!booking.isConfirmed()) {
            throw InvalidInput.of("", "This call has already been cancelled.");
        }
        if (!changeable(booking)) {
            throw InvalidInput.of("", "This call has already started, so it can no longer be changed.");
        }
    }

    /** Under the participant's own lock (taken after the coach's), so two bookings at once cannot both pass. */
    private void requireParticipantFree(long participantId, Instant start, Instant end, long except) {
        bookings.lockParticipant(participantId);
        if (bookings.personBusy(participantId, start, end, except)) {
            throw InvalidInput.of("start", "The participant already has a coaching call at this time.");
        }
    }

    private static void refuse(SlotProblem problem) {
        throw InvalidInput.of(problem == SlotProblem.LENGTH_NOT_OFFERED ? "length" : "start",
                problem == SlotProblem.CONFLICT ? TAKEN : problem.message());
    }
}
