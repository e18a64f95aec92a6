package org.allteach.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ConversationsTest extends IntegrationTestBase {

    @Autowired
    Conversations conversations;
    @Autowired
    Inbox inbox;
    @Autowired
    ApplicationEvents events;

    Scenario s;
    ConversationContext context;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        context = ConversationContext.collaborative(s.collaborativeId());
    }

    @Test
    void aParticipantWritesToTheirCoach() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.coachA().id()), null,
                "Could we move Thursday's call?"));

        ConversationDetails details = as(s.coachA(), () -> conversations.conversation(id));
        assertThat(details.direct()).isTrue();
        assertThat(details.title()).isEqualTo(s.participantA().name());
        assertThat(details.participants()).extracting(Participant::personId)
                .containsExactlyInAnyOrder(s.participantA().id(), s.coachA().id());
        MessagePage page = as(s.coachA(), () -> conversations.messagesBefore(id, null, 50));
        assertThat(page.hasEarlier()).isFalse();
        assertThat(page.messages()).singleElement().satisfies(message -> {
            assertThat(message.senderName()).isEqualTo(s.participantA().name());
            assertThat(message.html()).isEqualTo("<p>Could we move Thursday&#39;s call?</p>\n");
            assertThat(message.mine()).isFalse();
        });
        assertThat(events.stream(MessageSent.class)).singleElement().satisfies(sent -> {
            assertThat(sent.conversationId()).isEqualTo(id);
            assertThat(sent.messageId()).isEqualTo(page.messages().getFirst().id());
            assertThat(sent.senderId()).isEqualTo(s.participantA().id());
            assertThat(sent.recipientIds()).containsExactly(s.coachA().id());
        });
    }

    @Test
    void writingToSomeoneYouAlreadyHaveAOneToOneWithContinuesIt() {
        long first = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "Hi Lena"));

        long again = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), "Ignored",
                "Me again"));
        long fromTheOtherSide = as(s.leadA(), () -> conversations.start(context, List.of(s.participantA().id()), null,
                "Hi Paul"));

        assertThat(again).isEqualTo(first);
        assertThat(fromTheOtherSide).isEqualTo(first);
        assertThat(as(s.leadA(), () -> conversations.messagesBefore(first, null, 50)).messages())
                .extracting(MessageView::html)
                .containsExactly("<p>Hi Lena</p>\n", "<p>Me again</p>\n", "<p>Hi Paul</p>\n");
        assertThat(as(s.leadA(), () -> conversations.conversation(first)).subject()).isNull();
    }

    @Test
    void aGroupConversationIncludesEveryoneChosenAcrossTeamsAndRoles() {
        long id = as(s.organiser(), () -> conversations.start(context,
                List.of(s.leadA().id(), s.participantB().id(), s.coachA().id()), "Learning session 2 agenda",
                "Who would like to present?"));

        ConversationDetails details = as(s.participantB(), () -> conversations.conversation(id));
        assertThat(details.direct()).isFalse();
        assertThat(details.title()).isEqualTo("Learning session 2 agenda");
        assertThat(details.participants()).hasSize(4);

        long another = as(s.organiser(), () -> conversations.start(context,
                List.of(s.leadA().id(), s.participantB().id(), s.coachA().id()), null, "A second group"));
        assertThat(another).isNotEqualTo(id);
        assertThat(as(s.organiser(), () -> conversations.conversation(another)).title())
                .isEqualTo(String.join(", ", List.of(s.participantB().name(), s.coachA().name(), s.leadA().name())
                        .stream().sorted().toList()));
    }

    @Test
    void nobodyOutsideTheCollaborativeCanBeWrittenToOrAdded() {
        Scenario other = scenarios.create();

        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.start(context,
                List.of(s.outsider().id()), null, "Hello")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("recipients", "You can write only to members of the chosen collaborative."));
        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.start(context,
                List.of(s.leadA().id(), other.participantA().id()), null, "Hello")))
                .isInstanceOf(InvalidInput.class);

        long group = as(s.participantA(), () -> conversations.start(context,
                List.of(s.leadA().id(), s.coachA().id()), null, "Team huddle"));
        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.addPeople(group,
                List.of(other.coachA().id())))).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.fieldErrors()).containsKey("people"));
        assertThat(as(s.coachA(), () -> conversations.conversation(group)).participants()).hasSize(3);
    }

    @Test
    void someoneOutsideACollaborativeCannotStartAConversationInIt() {
        Scenario other = scenarios.create();

        assertThatThrownBy(() -> as(other.participantA(), () -> conversations.start(context,
                List.of(s.participantA().id()), null, "Hello from elsewhere")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.participantA(), () -> inbox.possibleRecipients(context, "",
                PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someoneNotInAConversationIsToldItDoesNotExist() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null,
                "Just between us"));
        long missing = Long.MAX_VALUE;

        for (long conversationId : List.of(id, missing)) {
            String expected = "No conversation " + conversationId;
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.conversation(conversationId)))
                    .isInstanceOf(NoSuchElementException.class).hasMessage(expected);
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.messagesBefore(conversationId, null, 50)))
                    .isInstanceOf(NoSuchElementException.class).hasMessage(expected);
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.messagesAfter(conversationId, 0)))
                    .isInstanceOf(NoSuchElementException.class).hasMessage(expected);
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.send(conversationId, "Let me in")))
                    .isInstanceOf(NoSuchElementException.class).hasMessage(expected);
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.markRead(conversationId, 1)))
                    .isInstanceOf(NoSuchElementException.class).hasMessage(expected);
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.addPeople(conversationId,
                    List.of(s.coachA().id())))).isInstanceOf(NoSuchElementException.class).hasMessage(expected);
            assertThatThrownBy(() -> as(s.coachA(), () -> conversations.leave(conversationId)))
                    .isInstanceOf(NoSuchElementException.class).hasMessage(expected);
        }
        assertThatThrownBy(() -> conversations.conversation(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unreadCountsFollowWhatEachPersonHasRead() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "One"));
        MessageView second = as(s.participantA(), () -> conversations.send(id, "Two"));
        as(s.participantA(), () -> conversations.send(id, "Three"));

        assertThat(as(s.leadA(), inbox::unreadCount)).isEqualTo(3);
        assertThat(as(s.participantA(), inbox::unreadCount)).isZero();

        as(s.leadA(), () -> conversations.markRead(id, second.id()));
        assertThat(as(s.leadA(), inbox::unreadCount)).isEqualTo(1);
        assertThat(as(s.leadA(), () -> inbox.conversations(PageRequest.of(0, 10))))
                .singleElement().extracting(ConversationSummary::unread).isEqualTo(1);

        as(s.leadA(), () -> conversations.markRead(id, 1)); // never backwards
        assertThat(as(s.leadA(), inbox::unreadCount)).isEqualTo(1);

        MessageView reply = as(s.leadA(), () -> conversations.send(id, "Got it"));
        assertThat(as(s.leadA(), inbox::unreadCount)).as("replying reads everything before").isZero();
        assertThat(as(s.participantA(), inbox::unreadCount)).isEqualTo(1);
        as(s.participantA(), () -> conversations.markRead(id, reply.id() + 1000)); // not beyond the newest
        assertThat(as(s.participantA(), inbox::unreadCount)).isZero();
        assertThat(events.stream(ConversationRead.class)).anySatisfy(read -> {
            assertThat(read.personId()).isEqualTo(s.participantA().id());
            assertThat(read.lastReadMessageId()).isEqualTo(reply.id());
        });
    }

    @Test
    void markdownIsRenderedAndAnythingThatCouldRunScriptIsRemoved() {
        String attack = """
                **Agenda** for _Thursday_: see https://example.org/plan

                <script>alert('x')</script><img src="x" onerror="alert(1)"> <a href="javascript:alert(2)">click</a>
                [also click](javascript:alert(3)) <span style="position:fixed" onclick="alert(4)">hi</span>
                ![chart](http://tracker.example/pixel.png) ![ok](https://example.org/chart.png)
                <iframe src="https://evil.example"></iframe>""";

        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, attack));
        String html = as(s.leadA(), () -> conversations.messagesBefore(id, null, 1)).messages().getFirst().html();

        assertThat(html).contains("<strong>Agenda</strong>", "<em>Thursday</em>",
                "<a href=\"https://example.org/plan\" rel=\"nofollow noopener noreferrer\">",
                "<img src=\"https://example.org/chart.png\" alt=\"ok\" />");
        // raw HTML is shown as text, never as markup
        assertThat(html.toLowerCase()).doesNotContain("<script", "<iframe", "<span", "href=\"javascript:",
                "tracker.example").doesNotContainPattern("<[^>]*\\s(on[a-z]+|style)\\s*=");
    }

    @Test
    void emptyAndOversizedMessagesAreRefusedWithAClearMessage() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "Hi"));

        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.send(id, "  \n\t ")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("body", "Write a message first."));
        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.send(id, "x".repeat(20_001))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("body", "Keep a message to 20,000 characters; this one has 20,001. "
                                + "Split it into several messages."));
        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.start(context, List.of(), "x".repeat(161),
                "")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsOnlyKeys("recipients", "subject", "body"));

        as(s.participantA(), () -> conversations.send(id, "y".repeat(20_000)));
        assertThat(as(s.leadA(), () -> conversations.messagesBefore(id, null, 50)).messages()).hasSize(2);
    }

    @Test
    void aSmallGroupHasAtMostNinePeople() {
        List<Long> nine = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(scenarios.newPerson("Member " + i).id());
        }
        actingAs.run(scenarios.admin().id(), () -> nine.forEach(id -> memberships.enrol(s.collaborativeId(),
                s.teamB(), id, org.allteach.collaborative.Role.PARTICIPANT)));

        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.start(context, nine, null, "Everyone")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("recipients"));
        long group = as(s.participantA(), () -> conversations.start(context, nine.subList(0, 7), null, "Seven"));
        as(s.participantA(), () -> conversations.addPeople(group, List.of(nine.get(7))));
        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.addPeople(group, List.of(nine.get(8)))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("people", "A conversation has at most 9 people; you can add nobody more."));
    }

    @Autowired
    org.allteach.collaborative.Memberships memberships;

    @Test
    void peopleAddedToAGroupSeeItsHistoryAndANoteThatTheyWereAdded() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id(), s.coachA().id()),
                "Run chart questions", "Our baseline looks odd."));

        assertThat(as(s.participantA(), () -> conversations.peopleToAdd(id, "", PageRequest.of(0, 10))))
                .extracting(PossibleRecipient::personId)
                .containsExactlyInAnyOrder(scenarios.admin().id(), s.organiser().id(), s.participantB().id());
        as(s.participantA(), () -> conversations.addPeople(id, List.of(s.participantB().id())));

        List<MessageView> seenByNewcomer = as(s.participantB(), () -> conversations.messagesBefore(id, null, 50))
                .messages();
        assertThat(seenByNewcomer).extracting(MessageView::kind).containsExactly(MessageKind.MESSAGE, MessageKind.NOTE);
        assertThat(seenByNewcomer.getLast().html())
                .isEqualTo("<p>" + s.participantA().name() + " added " + s.participantB().name() + ".</p>");
        assertThat(as(s.participantB(), inbox::unreadCount)).isEqualTo(1);
        assertThat(events.stream(ConversationChanged.class)).anySatisfy(changed -> assertThat(changed.personIds())
                .containsExactlyInAnyOrder(s.participantA().id(), s.leadA().id(), s.coachA().id(),
                        s.participantB().id()));

        long direct = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "Hi"));
        assertThatThrownBy(() -> as(s.participantA(), () -> conversations.addPeople(direct,
                List.of(s.coachA().id())))).isInstanceOf(InvalidInput.class);
        assertThat(as(s.participantA(), () -> conversations.peopleToAdd(direct, "", PageRequest.of(0, 10)))).isEmpty();
    }

    @Test
    void someoneWhoLeavesAGroupNoLongerSeesItAndTheOthersAreTold() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id(), s.coachA().id()),
                null, "Huddle"));

        as(s.coachA(), () -> conversations.leave(id));

        assertThat(as(s.coachA(), () -> inbox.conversations(PageRequest.of(0, 10)))).isEmpty();
        assertThatThrownBy(() -> as(s.coachA(), () -> conversations.conversation(id)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(s.leadA(), () -> conversations.conversation(id)).participants()).hasSize(2);
        assertThat(as(s.leadA(), () -> conversations.messagesBefore(id, null, 50)).messages().getLast().html())
                .isEqualTo("<p>" + s.coachA().name() + " left the conversation.</p>");

        long direct = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "Hi"));
        assertThatThrownBy(() -> as(s.leadA(), () -> conversations.leave(direct))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aLongConversationIsReadPageByPageFromTheNewest() {
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null, "1"));
        as(s.participantA(), () -> {
            for (int i = 2; i <= 120; i++) {
                conversations.send(id, String.valueOf(i));
            }
        });

        MessagePage latest = as(s.leadA(), () -> conversations.messagesBefore(id, null, 50));
        assertThat(latest.messages()).hasSize(50);
        assertThat(latest.hasEarlier()).isTrue();
        assertThat(latest.messages().getFirst().html()).isEqualTo("<p>71</p>\n");
        assertThat(latest.messages().getLast().html()).isEqualTo("<p>120</p>\n");

        MessagePage earlier = as(s.leadA(), () -> conversations.messagesBefore(id,
                latest.messages().getFirst().id(), 50));
        MessagePage earliest = as(s.leadA(), () -> conversations.messagesBefore(id,
                earlier.messages().getFirst().id(), 50));
        assertThat(earlier.messages().getFirst().html()).isEqualTo("<p>21</p>\n");
        assertThat(earliest.messages()).hasSize(20);
        assertThat(earliest.hasEarlier()).isFalse();

        assertThat(as(s.leadA(), () -> conversations.messagesAfter(id, latest.messages().get(47).id())))
                .extracting(MessageView::html).containsExactly("<p>119</p>\n", "<p>120</p>\n");
        assertThat(Set.copyOf(as(s.leadA(), () -> conversations.messagesBefore(id, null, 500)).messages()))
                .hasSize(Conversations.MAX_PAGE);
    }
}
