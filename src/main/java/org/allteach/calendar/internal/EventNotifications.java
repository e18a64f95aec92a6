package org.allteach.calendar.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.allteach.calendar.EventCancelled;
import org.allteach.calendar.RsvpStatus;
import org.allteach.calendar.SeatGiven;
import org.allteach.identity.CurrentPerson;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people who were going that an event was cancelled, and someone on a waitlist that they got a seat, once the
 * change is committed. Both had answered the invitation, so they may read the event.
 */
@Component
class EventNotifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US);

    private final Notifications notifications;
    private final CalendarEventRepository events;
    private final RsvpRepository rsvps;
    private final CurrentPerson currentPerson;

    EventNotifications(Notifications notifications, CalendarEventRepository events, RsvpRepository rsvps,
                       CurrentPerson currentPerson) {
        this.notifications = notifications;
        this.events = events;
        this.rsvps = rsvps;
        this.currentPerson = currentPerson;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EventCancelled cancelled) {
        events.findById(cancelled.eventId()).ifPresent(event -> {
            // the organiser or host who cancelled it is not told about their own action
            Long by = currentPerson.id().orElse(null);
            String when = WHEN.format(event.getStartAt().atZone(event.getTimeZone()));
            for (Rsvp going : rsvps.findByEventIdAndResponseOrderByRespondedAtAscIdAsc(event.getId(),
                    RsvpStatus.GOING)) {
                notifications.notify(new NewNotification(going.getPersonId(), NotificationType.EVENT_REMINDER,
                        "event-" + event.getId() + "-cancelled", by,
                        by == null ? "“" + event.getTitle() + "” was cancelled"
                                : "cancelled “" + event.getTitle() + "”",
                        "It was planned for " + when + " (" + event.getTimeZone().getId() + ").",
                        "calendar/event/" + event.getId()));
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SeatGiven seat) {
        events.findById(seat.eventId()).ifPresent(event -> notifications.notify(new NewNotification(
                seat.personId(), NotificationType.BOOKING, "event-" + event.getId() + "-seat", null,
                "You have a seat at “" + event.getTitle() + "”",
                "A seat came free and you were first on the waitlist: "
                        + WHEN.format(event.getStartAt().atZone(event.getTimeZone())) + " ("
                        + event.getTimeZone().getId() + ").",
                "calendar/event/" + event.getId())));
    }
}
