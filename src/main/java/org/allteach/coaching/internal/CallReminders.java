package org.allteach.coaching.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.allteach.notification.ReminderProperties;
import org.allteach.notification.ReminderSource;
import org.allteach.notification.ReminderTimes;
import org.springframework.stereotype.Component;

/**
 * Puts a reminder of a coaching call under both sides' bells {@code event-lead} before it starts. As a booking, not an
 * event reminder: the reminder emails with the invitation are CallMails' (24 h and 1 h before), and a digest would
 * say it a third time. Not for cancelled calls, calls of a closed collaborative, or a side that left it; the source
 * key holds the start time, so a moved call is reminded of again.
 */
@Component
class CallReminders implements ReminderSource {

    private final BookingRepository bookings;
    private final CollaborativeAccess access;
    private final Accounts accounts;
    private final Notifications notifications;
    private final ReminderProperties properties;

    CallReminders(BookingRepository bookings, CollaborativeAccess access, Accounts accounts,
                  Notifications notifications, ReminderProperties properties) {
        this.bookings = bookings;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "coaching-calls";
    }

    @Override
    public int remind(Instant from, Instant to) {
        List<Booking> starting = bookings.findConfirmedStartingBetween(from.plus(properties.eventLead()),
                to.plus(properties.eventLead())).stream().filter(call -> call.getStartsAt().isAfter(to)).toList();
        if (starting.isEmpty()) {
            return 0;
        }
        Map<Long, PersonProfile> people = accounts.profiles(starting.stream()
                .flatMap(call -> Stream.of(call.getCoachId(), call.getParticipantId()))
                .distinct().toList());
        Map<Long, Boolean> closed = new HashMap<>();
        int told = 0;
        for (Booking call : starting) {
            if (closed.computeIfAbsent(call.getCollaborativeId(), access::isClosed)) {
                continue;
            }
            told += remind(call, call.getCoachId(), people.get(call.getParticipantId()), people)
                    + remind(call, call.getParticipantId(), people.get(call.getCoachId()), people);
        }
        return told;
    }

    private int remind(Booking call, long personId, PersonProfile other, Map<Long, PersonProfile> people) {
        PersonProfile person = people.get(personId);
        if (person == null || !access.canPersonRead(personId, call.getCollaborativeId(), null)) {
            return 0;
        }
        return notifications.notify(new NewNotification(personId, NotificationType.BOOKING,
                "booking-" + call.getId() + "-reminder-" + call.getStartsAt().getEpochSecond(), null,
                "Reminder: coaching call" + (other == null ? "" : " with " + other.displayName()) + ", "
                        + ReminderTimes.format(call.getStartsAt(), person.timeZone(), person.locale()),
                call.getAgenda() == null ? "" : call.getAgenda(), "coaching/calls/" + call.getId()))
                .isPresent() ? 1 : 0;
    }
}
