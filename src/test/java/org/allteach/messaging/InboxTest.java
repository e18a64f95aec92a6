package org.allteach.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allteach.support.IntegrationTestBase;
import org.allteach.support.QueryCounter;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class InboxTest extends IntegrationTestBase {

    @Autowired
    Conversations conversations;
    @Autowired
    Inbox inbox;

    @Test
    void theListShowsTheMostRecentConversationFirstWithItsNewestMessage() {
        Scenario s = scenarios.create();
        ConversationContext context = ConversationContext.collaborative(s.collaborativeId());
        long withLead = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null,
                "Morning, Lena"));
        clock.advance(java.time.Duration.ofMinutes(1));
        long group = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id(),
                s.coachA().id()), "Baseline data", "Where is the **baseline** sheet?"));
        clock.advance(java.time.Duration.ofMinutes(1));
        as(s.coachA(), () -> conversations.send(group, "In the _shared_ folder."));

        List<ConversationSummary> mine = as(s.participantA(), () -> inbox.conversations(PageRequest.of(0, 10)));

        assertThat(mine).extracting(ConversationSummary::id).containsExactly(group, withLead);
        assertThat(mine.getFirst()).satisfies(row -> {
            assertThat(row.title()).isEqualTo("Baseline data");
            assertThat(row.snippet()).isEqualTo("Carl: In the shared folder.");
            assertThat(row.unread()).isEqualTo(1);
            assertThat(row.direct()).isFalse();
            assertThat(row.others()).extracting(Participant::displayName)
                    .containsExactly(s.coachA().name(), s.leadA().name());
        });
        assertThat(mine.getLast()).satisfies(row -> {
            assertThat(row.title()).isEqualTo(s.leadA().name());
            assertThat(row.snippet()).isEqualTo("You: Morning, Lena");
            assertThat(row.unread()).isZero();
            assertThat(row.direct()).isTrue();
        });
        assertThat(as(s.participantA(), inbox::conversationCount)).isEqualTo(2);
        assertThat(as(s.leadA(), inbox::unreadCount)).isEqualTo(3);
    }

    @Test
    void theListNeedsTheSameQueriesForTwoConversationsOrTwelve() {
        Scenario s = scenarios.create();
        ConversationContext context = ConversationContext.collaborative(s.collaborativeId());
        as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "Hi"));
        as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id(), s.coachA().id()), null, "Hi all"));
        long two = QueryCounter.count(() -> as(s.participantA(), () -> inbox.conversations(PageRequest.of(0, 50))));

        as(s.participantA(), () -> {
            conversations.start(context, List.of(s.coachA().id()), null, "Hi coach");
            conversations.start(context, List.of(s.organiser().id()), null, "Hi Olivia");
            conversations.start(context, List.of(s.participantB().id()), null, "Hi Bea");
            for (int i = 0; i < 7; i++) {
                conversations.start(context, List.of(s.leadA().id(), s.participantB().id()), "Group " + i, "Hi");
            }
        });
        as(s.coachA(), () -> conversations.send(as(s.coachA(), () -> inbox.conversations(PageRequest.of(0, 1)))
                .getFirst().id(), "Reply"));
        long twelve = QueryCounter.count(() -> as(s.participantA(), () -> inbox.conversations(PageRequest.of(0, 50))));
        long signIn = QueryCounter.count(() -> as(s.participantA(), () -> { }));
        long unread = QueryCounter.count(() -> as(s.participantA(), inbox::unreadCount)) - signIn;

        assertThat(as(s.participantA(), () -> inbox.conversations(PageRequest.of(0, 50)))).hasSize(12);
        assertThat(twelve).isEqualTo(two);
        assertThat(unread).isEqualTo(1);
    }

    @Test
    void possibleRecipientsAreTheOtherMembersByNameWithWhereTheyWork() {
        Scenario s = scenarios.create();
        ConversationContext context = ConversationContext.collaborative(s.collaborativeId());

        List<PossibleRecipient> everyone = as(s.participantA(), () -> inbox.possibleRecipients(context, "",
                PageRequest.of(0, 10)));
        List<PossibleRecipient> filtered = as(s.participantA(), () -> inbox.possibleRecipients(context, "bea",
                PageRequest.of(0, 10)));

        // The administrator who created the collaborative is its first organiser.
        assertThat(everyone).extracting(PossibleRecipient::displayName).containsExactly(scenarios.admin().name(),
                s.participantB().name(), s.coachA().name(), s.leadA().name(), s.organiser().name());
        assertThat(everyone).filteredOn(p -> p.personId() == s.organiser().id())
                .extracting(PossibleRecipient::affiliation).containsExactly("Organiser");
        assertThat(filtered).singleElement().satisfies(bea -> {
            assertThat(bea.personId()).isEqualTo(s.participantB().id());
            assertThat(bea.affiliation()).isEqualTo(s.teamBName());
        });
        assertThat(as(s.participantA(), inbox::contexts)).extracting(ContextOption::context)
                .containsExactly(context, ConversationContext.community());
    }
}
