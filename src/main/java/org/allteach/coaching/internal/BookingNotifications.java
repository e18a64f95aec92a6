package org.allteach.coaching.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.allteach.coaching.BookingCancelled;
import org.allteach.coaching.BookingConfirmed;
import org.allteach.coaching.BookingRescheduled;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts booked, moved and cancelled coaching calls under the other side's bell (the side that acted knows). The
 * emails with calendar invitations are CallMails' business; this is the in-app trace of them.
 */
@Component
class BookingNotifications {

    private final Notifications notifications;
    private final Accounts accounts;

    BookingNotifications(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    /** Participants and team leads book their own calls, so the coach is the one to tell. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(BookingConfirmed booked) {
        notifications.notifyIsolated(new NewNotification(booked.coachId(), NotificationType.BOOKING,
                "booking-" + booked.bookingId() + "-booked", booked.participantId(), "booked a coaching call with you",
                when(booked.coachId(), booked.start()), link(booked.bookingId())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(BookingRescheduled moved) {
        long other = moved.rescheduledBy() == moved.coachId() ? moved.participantId() : moved.coachId();
        notifications.notifyIsolated(new NewNotification(other, NotificationType.BOOKING,
                "booking-" + moved.bookingId() + "-moved-" + moved.start().toEpochMilli(), moved.rescheduledBy(),
                "moved your coaching call", "Now " + when(other, moved.start()), link(moved.bookingId())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(BookingCancelled cancelled) {
        long other = cancelled.cancelledBy() == cancelled.coachId() ? cancelled.participantId() : cancelled.coachId();
        notifications.notifyIsolated(new NewNotification(other, NotificationType.BOOKING,
                "booking-" + cancelled.bookingId() + "-cancelled", cancelled.cancelledBy(),
                "cancelled your coaching call", "It was " + when(other, cancelled.start()),
                link(cancelled.bookingId())));
    }

    private String when(long personId, Instant start) {
        PersonProfile person = accounts.profile(personId);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(person.locale()).format(start.atZone(person.timeZone()));
    }

    private static String link(long bookingId) {
        return "coaching/calls/" + bookingId;
    }
}
