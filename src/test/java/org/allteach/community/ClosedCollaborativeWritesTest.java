package org.allteach.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditFixtures;
import org.allteach.messaging.ContextOption;
import org.allteach.messaging.ConversationContext;
import org.allteach.messaging.Conversations;
import org.allteach.messaging.Inbox;
import org.allteach.shared.ReadOnlyArchive;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The write paths a closed collaborative refuses besides its spaces, measures and cycles (see
 * {@link ClosingACollaborativeTest}): its details, its CE activities, and new conversations in its context; while the
 * conversations its members already have go on.
 */
class ClosedCollaborativeWritesTest extends IntegrationTestBase {

    @Autowired
    Collaboratives collaboratives;
    @Autowired
    CreditActivities activities;
    @Autowired
    Events events;
    @Autowired
    Conversations conversations;
    @Autowired
    Inbox inbox;

    Scenario s;

    @BeforeEach
    void aCollaborative() {
        s = scenarios.create();
    }

    @Test
    void organisersCannotRenameOrRedateAClosedCollaborative() {
        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));
        CollaborativeSummary closed = as(s.organiser(), () -> collaboratives.summary(s.collaborativeId()));

        assertThatThrownBy(() -> as(s.organiser(), () -> collaboratives.update(s.collaborativeId(),
                new CollaborativeDetails("Renamed " + closed.name(), closed.focusArea(), closed.description(),
                        closed.startDate().minusYears(1), closed.endDate(), CollaborativeStatus.ALUMNI))))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThat(as(s.organiser(), () -> collaboratives.summary(s.collaborativeId())))
                .isEqualTo(closed).extracting(CollaborativeSummary::closedAt).isNotNull();
    }

    @Test
    void ceActivitiesAreNeitherPlannedNorChangedAfterTheEnd() {
        LocalDateTime start = LocalDateTime.now().plusDays(3).withNano(0);
        long session = as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning session 3", null, start, start.plusHours(2),
                ZoneId.of("America/New_York"), "https://zoom.example.org/j/1", null, Audience.COLLABORATIVE,
                Set.of(), null, List.of()), null));
        long activity = as(s.organiser(), () -> activities.create(CreditFixtures.details(s.collaborativeId(),
                session)));

        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        assertThatThrownBy(() -> as(s.organiser(), () -> activities.update(activity,
                CreditFixtures.details(s.collaborativeId(), session))))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(s.organiser(), () -> activities.create(CreditFixtures.details(
                s.collaborativeId(), session))))
                .isInstanceOf(ReadOnlyArchive.class);
    }

    @Test
    void conversationsInAClosedCollaborativeGoOnButNoNewOnesStartThere() {
        ConversationContext context = ConversationContext.collaborative(s.collaborativeId());
        long group = as(s.leadA(), () -> conversations.start(context, List.of(s.participantA().id(),
                s.coachA().id()), "Spread plan", "Shall we meet?"));

        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        as(s.participantA(), () -> conversations.send(group, "Yes, next week."));
        assertThat(as(s.leadA(), () -> conversations.messagesBefore(group, null, 10)).messages()).hasSize(2);
        assertThatThrownBy(() -> as(s.leadA(), () -> conversations.start(context, List.of(s.participantB().id()),
                null, "Hello"))).isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(s.leadA(), () -> conversations.addPeople(group, List.of(s.participantB().id()))))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThat(as(s.leadA(), () -> conversations.peopleToAdd(group, null, PageRequest.of(0, 10)))).isEmpty();
        assertThat(as(s.leadA(), () -> inbox.possibleRecipient(context, s.participantB().id()))).isEmpty();
        assertThat(as(s.leadA(), inbox::contexts)).extracting(ContextOption::context).doesNotContain(context)
                .contains(ConversationContext.community());
    }
}
