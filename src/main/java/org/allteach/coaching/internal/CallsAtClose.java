package org.allteach.coaching.internal;

import java.time.Clock;

import org.allteach.coaching.CallReminderMails;
import org.allteach.collaborative.CollaborativeClosed;
import org.allteach.notification.MailOutbox;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * When a collaborative closes, its coaching calls still to come stay booked (either side may still cancel them) and
 * their reminder emails not sent yet are dropped: the collaborative's calendar is an archive now and nobody is
 * reminded of it (docs/decisions/0033). In the closing transaction, so the reminders go only if the close commits.
 */
@Component
class CallsAtClose {

    private final BookingRepository bookings;
    private final MailOutbox outbox;
    private final Clock clock;

    CallsAtClose(BookingRepository bookings, MailOutbox outbox, Clock clock) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(CollaborativeClosed closed) {
        bookings.findUpcomingInCollaborative(closed.collaborativeId(), clock.instant(), Pageable.unpaged())
                .forEach(booking -> outbox.cancel(CallReminderMails.key(booking.getId())));
    }
}
