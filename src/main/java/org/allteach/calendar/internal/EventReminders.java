package org.allteach.calendar.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.calendar.Audience;
import org.allteach.calendar.RsvpStatus;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.community.Community;
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
 * Reminds the people going to an event (and its host) {@code event-lead} before it starts: "Reminder: “Learning
 * Session 3”, Tue, Dec 1, 2026, 5:00 PM (Chicago time)". Not the waitlisted, not for cancelled events or those of a
 * closed collaborative, and not people who can no longer see the event (they left the team or the collaborative). The
 * community's events are reminded of whatever the collaborative they are hosted from, to those still in the community.
 * The source key holds the start time, so a moved event is reminded of again at its new time.
 */
@Component
class EventReminders implements ReminderSource {

    private final CalendarEventRepository events;
    private final RsvpRepository rsvps;
    private final CollaborativeAccess access;
    private final Accounts accounts;
    private final Notifications notifications;
    private final ReminderProperties properties;
    private final Community community;

    EventReminders(CalendarEventRepository events, RsvpRepository rsvps, CollaborativeAccess access, Accounts accounts,
                   Notifications notifications, ReminderProperties properties, Community community) {
        this.events = events;
        this.rsvps = rsvps;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.community = community;
    }

    @Override
    public String name() {
        return "calendar-events";
    }

    @Override
    public int remind(Instant from, Instant to) {
        List<CalendarEvent> starting = events.findStartingBetween(from.plus(properties.eventLead()),
                to.plus(properties.eventLead())).stream().filter(event -> event.getStartAt().isAfter(to)).toList();
        if (starting.isEmpty()) {
            return 0;
        }
        Map<Long, Set<Long>> going = new HashMap<>();
        for (CalendarEvent event : starting) {
            going.computeIfAbsent(event.getId(), id -> new LinkedHashSet<>()).add(event.getHostId());
        }
        rsvps.findByEventIdInAndResponse(starting.stream().map(CalendarEvent::getId).toList(), RsvpStatus.GOING)
                .forEach(rsvp -> going.get(rsvp.getEventId()).add(rsvp.getPersonId()));
        Map<Long, PersonProfile> people = accounts.profiles(going.values().stream().flatMap(Set::stream)
                .distinct().toList());
        Map<Long, Boolean> closed = new HashMap<>();
        Map<Long, Boolean> inCommunity = new HashMap<>();
        int told = 0;
        for (CalendarEvent event : starting) {
            if (!event.isForCommunity()
                    && closed.computeIfAbsent(event.getCollaborativeId(), access::isClosed)) {
                continue;
            }
            for (long personId : going.get(event.getId())) {
                PersonProfile person = people.get(personId);
                if (person != null && maySee(personId, event, inCommunity)
                        && notifications.notify(new NewNotification(personId, NotificationType.EVENT_REMINDER,
                        "event-" + event.getId() + "-reminder-" + event.getStartAt().getEpochSecond(), null,
                        "Reminder: “" + event.getTitle() + "”, "
                                + ReminderTimes.format(event.getStartAt(), person.timeZone(), person.locale()),
                        where(event), "calendar/event/" + event.getId())).isPresent()) {
                    told++;
                }
            }
        }
        return told;
    }

    /**
     * Whether the person still belongs to the event's audience: the community for its events, the collaborative for a
     * whole-collaborative event, one of its teams (their coach and the organisers included) for a team event. A coach
     * of another team who had said yes to a team's event is not reminded: the calendar would show it to them,
     * membership alone does not.
     */
    private boolean maySee(long personId, CalendarEvent event, Map<Long, Boolean> inCommunity) {
        if (event.isForCommunity()) {
            return inCommunity.computeIfAbsent(personId, community::isMember);
        }
        if (event.getAudience() == Audience.COLLABORATIVE) {
            return access.canPersonRead(personId, event.getCollaborativeId(), null);
        }
        return event.getTeamIds().stream()
                .anyMatch(teamId -> access.canPersonRead(personId, event.getCollaborativeId(), teamId));
    }

    private static String where(CalendarEvent event) {
        List<String> parts = new ArrayList<>();
        if (event.getPlace() != null && !event.getPlace().isBlank()) {
            parts.add("At " + event.getPlace() + ".");
        }
        if (event.getMeetingLink() != null && !event.getMeetingLink().isBlank()) {
            parts.add("Join online from the event's page.");
        }
        return String.join(" ", parts);
    }
}
