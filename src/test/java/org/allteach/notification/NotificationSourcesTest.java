package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.allteach.calendar.Audience;
import org.allteach.calendar.CalendarFilter;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.Recurrence;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventScope;
import org.allteach.calendar.Events;
import org.allteach.calendar.Attendance;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditFixtures;
import org.allteach.identity.Accounts;
import org.allteach.messaging.ConversationContext;
import org.allteach.messaging.Conversations;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Messages, calendar changes and credit reach the right bells, and never the person who acted. */
class NotificationSourcesTest extends IntegrationTestBase {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    Notifications notifications;
    @Autowired
    Conversations conversations;
    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
    }

    @Test
    void messagesOfOneConversationShareOneItemForEachOtherParticipant() {
        long conversation = as(s.participantA(), () -> conversations.start(
                new ConversationContext(ConversationContext.Kind.COLLABORATIVE, s.collaborativeId()), List.of(s.leadA().id(), s.coachA().id()),
                null, "Can we move the huddle?"));
        as(s.leadA(), () -> conversations.send(conversation, "Thursday works."));

        assertThat(titles(s.coachA())).containsExactly("Paul Participant and Lena Lead sent you a message");
        assertThat(as(s.coachA(), () -> notifications.mine(0, 1)).getFirst().text()).isEqualTo("Thursday works.");
        assertThat(titles(s.leadA())).containsExactly("Paul Participant sent you a message");
        assertThat(titles(s.participantA())).containsExactly("Lena Lead sent you a message");
    }

    @Test
    void peopleGoingHearOfACancellationAndTheWaitlistedPersonOfTheirSeat() {
        LocalDateTime tomorrow = LocalDateTime.now().plusDays(1).withHour(15).truncatedTo(ChronoUnit.HOURS);
        long hours = as(s.coachA(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.OFFICE_HOURS,
                "Office hours: run charts", null, tomorrow, tomorrow.plusMinutes(60), NEW_YORK,
                "https://zoom.example.org/j/456", null, Audience.TEAMS, Set.of(s.teamA()), 1, List.of()), null));
        as(s.leadA(), () -> events.respond(hours, true));
        as(s.participantA(), () -> events.respond(hours, true));
        as(s.leadA(), () -> events.respond(hours, false));

        assertThat(titles(s.participantA())).containsExactly("You have a seat at “Office hours: run charts”");

        as(s.coachA(), () -> events.cancel(hours, EventScope.ONE));

        assertThat(titles(s.participantA())).first().isEqualTo("Carl Coach cancelled “Office hours: run charts”");
        assertThat(titles(s.leadA())).isEmpty();
        assertThat(titles(s.coachA())).isEmpty();
    }

    @Test
    void cancellingASeriesTellsThoseGoingOnceNamingHowManySessions() {
        LocalDateTime tomorrow = LocalDateTime.now(NEW_YORK).plusDays(1).withHour(12).truncatedTo(ChronoUnit.HOURS);
        long first = as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning call", null, tomorrow, tomorrow.plusMinutes(60), NEW_YORK,
                "https://zoom.example.org/j/789", null, Audience.COLLABORATIVE, Set.of(), null, List.of()),
                Recurrence.times(Frequency.WEEKLY, 4)));
        long seriesId = as(s.organiser(), () -> events.event(first)).summary().seriesId();
        List<Long> occurrences = as(s.organiser(), () -> events.between(clock.instant(),
                clock.instant().plus(40, ChronoUnit.DAYS), CalendarFilter.EVERYTHING)).stream()
                .filter(event -> Long.valueOf(seriesId).equals(event.seriesId())).map(EventSummary::id).toList();
        assertThat(occurrences).hasSize(4);
        occurrences.subList(0, 3).forEach(id -> as(s.participantA(), () -> events.respond(id, true)));
        as(s.leadA(), () -> events.respond(occurrences.getLast(), true));

        as(s.organiser(), () -> events.cancel(first, EventScope.ALL));

        assertThat(titles(s.participantA())).containsExactly("Olivia Organiser cancelled “Learning call” (3 sessions)");
        assertThat(as(s.participantA(), () -> notifications.mine(0, 1)).getFirst().text())
                .startsWith("They were planned from ");
        assertThat(titles(s.leadA())).containsExactly("Olivia Organiser cancelled “Learning call”");
    }

    @Test
    void recordedAttendanceTellsThePersonTheirCreditIsReadyToClaim() {
        CreditFixtures fixtures = new CreditFixtures(scenarios, actingAs, clock, events, attendance, activities,
                claims, accounts);
        CreditFixtures.Planned planned = fixtures.attended(80);
        Scenarios.Person participant = planned.scenario().participantA();

        assertThat(titles(participant)).containsExactly("Credit for “Learning Session 2” is ready to claim");
        NotificationView item = as(participant, () -> notifications.mine(0, 1)).getFirst();
        assertThat(item.type()).isEqualTo(NotificationType.CREDIT_READY);
        assertThat(item.link()).isEqualTo("credits");

        fixtures.attend(planned, 85); // the minutes corrected: no second notification
        assertThat(titles(participant)).hasSize(1);
    }

    private List<String> titles(Scenarios.Person person) {
        return as(person, () -> notifications.mine(0, 20)).stream().map(NotificationView::title).toList();
    }
}
