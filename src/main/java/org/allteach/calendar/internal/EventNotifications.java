package org.allteach.calendar.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.calendar.EventsCancelled;
import org.allteach.calendar.RsvpStatus;
import org.allteach.calendar.SeatGiven;
import org.allteach.community.Community;
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
 * Tells people who were going that an event (or several sessions of a series) was cancelled, and someone on a
 * waitlist that they got a seat, once the change is committed. Both had answered the invitation, so they may read the
 * event; of the community's events, only those still in the community are told.
 */
@Component
class EventNotifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US);

    private final Notifications notifications;
    private final CalendarEventRepository events;
    private final RsvpRepository rsvps;
    private final CurrentPerson currentPerson;
    private final Community community;

    EventNotifications(Notifications notifications, CalendarEventRepository events, RsvpRepository rsvps,
                       CurrentPerson currentPerson, Community community) {
        this.community = community;
        this.notifications = notifications;
        this.events = events;
        this.rsvps = rsvps;
        this.currentPerson = currentPerson;
    }

    /**
     * One notification per person and change: cancelling a series tells someone going to five of its sessions once,
     * naming how many and from when to when.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EventsCancelled cancelled) {
        Map<Long, CalendarEvent> byId = events.findAllById(cancelled.eventIds()).stream()
                .collect(Collectors.toMap(CalendarEvent::getId, Function.identity()));
        Map<Long, List<CalendarEvent>> goingTo = new TreeMap<>();
        Map<Long, Boolean> inCommunity = new HashMap<>();
        rsvps.findByEventIdInAndResponse(byId.keySet(), RsvpStatus.GOING).stream()
                .filter(rsvp -> !byId.get(rsvp.getEventId()).isForCommunity()
                        || inCommunity.computeIfAbsent(rsvp.getPersonId(), community::isMember))
                .sorted(Comparator.comparing((Rsvp rsvp) -> byId.get(rsvp.getEventId()).getStartAt())
                        .thenComparing(Rsvp::getEventId))
                .forEach(rsvp -> goingTo.computeIfAbsent(rsvp.getPersonId(), id -> new ArrayList<>())
                        .add(byId.get(rsvp.getEventId())));
        // the organiser or host who cancelled it is not told about their own action
        Long by = currentPerson.id().orElse(null);
        String key = "event-" + cancelled.eventIds().getFirst() + "-cancelled";
        goingTo.forEach((personId, occurrences) -> {
            CalendarEvent first = occurrences.getFirst();
            String title = "“" + first.getTitle() + "”" + (occurrences.size() == 1 ? ""
                    : " (" + occurrences.size() + " sessions)");
            String text = occurrences.size() == 1
                    ? "It was planned for " + when(first) + " (" + first.getTimeZone().getId() + ")."
                    : "They were planned from " + when(first) + " to " + when(occurrences.getLast()) + " ("
                            + first.getTimeZone().getId() + ").";
            notifications.notifyIsolated(new NewNotification(personId, NotificationType.EVENT_REMINDER, key, by,
                    by == null ? title + (occurrences.size() == 1 ? " was" : " were") + " cancelled"
                            : "cancelled " + title, text, "calendar/event/" + first.getId()));
        });
    }

    private static String when(CalendarEvent event) {
        return WHEN.format(event.getStartAt().atZone(event.getTimeZone()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SeatGiven seat) {
        events.findById(seat.eventId()).ifPresent(event -> notifications.notifyIsolated(new NewNotification(
                seat.personId(), NotificationType.BOOKING, "event-" + event.getId() + "-seat", null,
                "You have a seat at “" + event.getTitle() + "”",
                "A seat came free and you were first on the waitlist: "
                        + WHEN.format(event.getStartAt().atZone(event.getTimeZone())) + " ("
                        + event.getTimeZone().getId() + ").",
                "calendar/event/" + event.getId())));
    }
}
