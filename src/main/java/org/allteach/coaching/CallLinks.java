package org.allteach.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Slot;
import org.allteach.coaching.internal.Booking;
import org.allteach.coaching.internal.BookingLink;
import org.allteach.coaching.internal.BookingLinkRepository;
import org.allteach.coaching.internal.BookingRepository;
import org.allteach.coaching.internal.CallScheduler;
import org.allteach.coaching.internal.CoachAvailabilityRepository;
import org.allteach.coaching.internal.CoachCalendar;
import org.allteach.coaching.internal.Policies;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.SecureToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Reschedule" and "Cancel" links in coaching call emails. A link names one booking and one of its two sides;
 * it works without signing in, like the call's own email, until the call starts. Opening it only shows the call (mail
 * scanners open links); a button press acts, as that side of the call. See docs/decisions/0020-coaching-bookings.md.
 */
@Service
public class CallLinks {

    private final BookingLinkRepository links;
    private final BookingRepository bookings;
    private final CoachAvailabilityRepository availabilities;
    private final CoachCalendar calendar;
    private final CallScheduler scheduler;
    private final Accounts accounts;
    private final Clock clock;

    CallLinks(BookingLinkRepository links, BookingRepository bookings, CoachAvailabilityRepository availabilities,
              CoachCalendar calendar, CallScheduler scheduler, Accounts accounts, Clock clock) {
        this.links = links;
        this.bookings = bookings;
        this.availabilities = availabilities;
        this.calendar = calendar;
        this.scheduler = scheduler;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the link shows: the call's time in the recipient's zone, the other side's name, and what can be done. */
    @Transactional(readOnly = true)
    public LinkedCall open(String token) {
        return link(token).map(link -> describe(link, bookings.findById(link.getBookingId()).orElseThrow()))
                .orElse(unknown());
    }

    /** Free times the call could move to (same coach, same length). Empty when the link cannot move the call. */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(String token, Instant from, Instant to) {
        Optional<BookingLink> link = link(token);
        if (link.isEmpty()) {
            return List.of();
        }
        Booking booking = bookings.findById(link.get().getBookingId()).orElseThrow();
        if (!scheduler.movable(booking)) {
            return List.of();
        }
        AvailabilityPolicy policy = Policies.alsoOffering(
                Policies.toPolicy(availabilities.findById(booking.getCoachId()).orElseThrow()), booking.getLength());
        return calendar.freeSlots(policy, booking.getCoachId(), booking.getLength(), clock.instant(), from, to,
                booking.getId()).stream().filter(slot -> !slot.start().equals(booking.getStartsAt())).toList();
    }

    /**
     * Moves the call, as the link's side of it.
     *
     * @throws InvalidInput with field {@code start}, or a blank field when the link cannot change the call
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LinkedCall reschedule(String token, Instant newStart) {
        BookingLink link = requireLink(token);
        Booking booking = scheduler.lockForChange(link.getBookingId()).orElseThrow();
        scheduler.reschedule(booking, newStart, personOf(booking, link.getParty()));
        return describe(link, booking);
    }

    /**
     * Cancels the call, as the link's side of it.
     *
     * @throws InvalidInput with field {@code reason}, or a blank field when the link cannot change the call
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LinkedCall cancel(String token, String reason) {
        BookingLink link = requireLink(token);
        Booking booking = scheduler.lockForChange(link.getBookingId()).orElseThrow();
        scheduler.cancel(booking, reason, personOf(booking, link.getParty()));
        return describe(link, booking);
    }

    private Optional<BookingLink> link(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : links.findByTokenHash(SecureToken.hash(token));
    }

    private BookingLink requireLink(String token) {
        return link(token).orElseThrow(() -> InvalidInput.of("", LinkedCall.Status.UNKNOWN.message()));
    }

    private LinkedCall describe(BookingLink link, Booking booking) {
        Map<Long, PersonProfile> people = accounts.profiles(List.of(booking.getCoachId(), booking.getParticipantId()));
        PersonProfile me = people.get(personOf(booking, link.getParty()));
        PersonProfile other = people.get(link.getParty() == Party.COACH ? booking.getParticipantId()
                : booking.getCoachId());
        LinkedCall.Status status = !booking.isConfirmed() ? LinkedCall.Status.CANCELLED
                : !scheduler.changeable(booking) ? LinkedCall.Status.STARTED
                : scheduler.movable(booking) ? LinkedCall.Status.CHANGEABLE : LinkedCall.Status.CANCEL_ONLY;
        return new LinkedCall(status, link.getParty(), other.displayName(), booking.getStartsAt(),
                booking.getEndsAt(), me.timeZone(), me.locale());
    }

    private static long personOf(Booking booking, Party party) {
        return party == Party.COACH ? booking.getCoachId() : booking.getParticipantId();
    }

    private static LinkedCall unknown() {
        return new LinkedCall(LinkedCall.Status.UNKNOWN, null, null, null, null, null, null);
    }
}
