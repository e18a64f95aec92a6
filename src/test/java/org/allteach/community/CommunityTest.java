package org.allteach.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.allteach.collaborative.Collaboratives;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.CategorySummary;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.FlagReason;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.Posting;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.messaging.ConversationContext;
import org.allteach.messaging.Conversations;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.allteach.messaging.Inbox;
import org.allteach.messaging.PossibleRecipient;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The community of practice: alumni belong by their history, current members by opting in, outsiders not at all; the
 * directory finds alumni by expertise and text and shows what they did; its space and messages follow membership.
 */
class CommunityTest extends IntegrationTestBase {

    @Autowired
    Community community;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Discussions discussions;
    @Autowired
    Posting posting;
    @Autowired
    Conversations conversations;
    @Autowired
    Moderation moderation;
    @Autowired
    Notifications notifications;
    @Autowired
    Inbox inbox;

    Scenario ended;
    Scenario current;
    String key;

    @BeforeEach
    void anEndedAndACurrentCollaborative() {
        ended = scenarios.create();
        current = scenarios.create();
        key = Scenarios.unique();
        as(ended.organiser(), () -> collaboratives.close(ended.collaborativeId()));
    }

    @Test
    void alumniBelongOutsidersDoNotAndCurrentMembersJoinByOptingIn() {
        assertThat(as(ended.leadA(), community::amMember)).isTrue();
        assertThat(as(ended.coachA(), community::amMember)).isTrue();
        assertThat(as(ended.organiser(), community::amMember)).isTrue();
        assertThat(as(ended.outsider(), community::amMember)).isFalse();
        assertThat(as(current.participantA(), community::amMember)).isFalse();

        as(current.participantA(), () -> community.optIn(true));

        assertThat(as(current.participantA(), community::amMember)).isTrue();
        assertThat(community.isMember(ended.leadA().id())).isTrue();
        assertThat(community.isMember(current.participantB().id())).isFalse();
        assertThatThrownBy(() -> as(ended.outsider(), () -> community.optIn(true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ended.leadA(), () -> community.optIn(false)))
                .isInstanceOf(InvalidInput.class);
        as(current.participantA(), () -> community.optIn(false));
        assertThat(as(current.participantA(), community::amMember)).isFalse();
    }

    @Test
    void theDirectoryFindsAlumniByExpertiseAndTextWithTheRolesTheyHeld() {
        String medication = "pharmacist-led medication management " + key;
        as(ended.leadA(), () -> community.describeMe(List.of(" Pharmacist-led  medication management " + key,
                "REaL data collection"), "Getting pharmacists to call within 48 hours " + key, true));
        as(ended.coachA(), () -> community.describeMe(List.of("REaL data collection"), null, true));
        as(ended.participantA(), () -> community.describeMe(List.of(), null, true));

        List<DirectoryEntry> byTag = as(current.participantA(), () -> community.directory(null, medication, 0, 20));

        assertThat(byTag).extracting(DirectoryEntry::personId).containsExactly(ended.leadA().id());
        DirectoryEntry lena = byTag.getFirst();
        assertThat(lena.expertise()).containsExactly(medication, "real data collection");
        LocalDate start = LocalDate.now().minusMonths(2);
        LocalDate end = LocalDate.now().plusMonths(10);
        String years = start.getYear() == end.getYear() ? String.valueOf(start.getYear())
                : start.getYear() + "–" + end.getYear();
        assertThat(lena.history()).extracting(role -> role.label()).containsExactly("Alumni of "
                + ended.collaborativeName() + " (" + years + "), team lead, " + ended.teamAName());
        assertThat(as(current.participantA(), () -> community.directory("within 48 hours " + key, null, 0, 20)))
                .extracting(DirectoryEntry::personId).containsExactly(ended.leadA().id());
        assertThat(as(current.participantA(), () -> community.directory(ended.teamAName(), null, 0, 20)))
                .extracting(DirectoryEntry::personId)
                .containsExactlyInAnyOrder(ended.leadA().id(), ended.coachA().id(), ended.participantA().id());
        assertThat(as(current.participantA(), () -> community.countDirectory(ended.teamAName(), null))).isEqualTo(3);

        as(ended.participantA(), () -> community.describeMe(List.of(), null, false));
        assertThat(as(current.participantA(), () -> community.directory(ended.teamAName(), null, 0, 20)))
                .extracting(DirectoryEntry::personId).doesNotContain(ended.participantA().id());
        assertThatThrownBy(() -> as(ended.outsider(), () -> community.directory(null, null, 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(current.participantB(), () -> community.describeMe(List.of("x"), null, true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void alumniPostInTheCommunitySpaceWhichOnlyItsMembersRead() {
        SpaceOverview space = communitySpace(ended.participantA());
        assertThat(space.categories()).extracting(CategorySummary::name)
                .containsExactly("Ask the alumni", "Tools that worked", "Office hours", "Data & measures",
                        "Announcements");
        long ask = space.categories().stream().filter(c -> c.kind() == CategoryKind.ASK_THE_FACULTY).findFirst()
                .orElseThrow().id();

        long thread = as(ended.participantA(), () -> posting.startThread(new NewThread(ask,
                "Who has run REaL data collection at the front desk? " + key, "We start next month.", List.of())));
        as(ended.coachA(), () -> posting.reply(thread, "We did, ask me.", null));

        assertThat(as(ended.leadA(), () -> discussions.posts(thread, 1, 10))).hasSize(2);
        assertThat(as(current.participantA(), discussions::mySpaces)).noneMatch(s -> s.kind() == SpaceKind.COMMUNITY);
        assertThatThrownBy(() -> as(current.participantA(), () -> discussions.thread(thread)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(ended.outsider(), () -> discussions.thread(thread)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(discussions.mayRead(ended.leadA().id(), thread)).isTrue();
        assertThat(discussions.mayRead(current.leadA().id(), thread)).isFalse();

        as(current.leadA(), () -> community.optIn(true));
        assertThat(as(current.leadA(), () -> discussions.thread(thread)).mayReply()).isTrue();
    }

    @Test
    void aFlagInTheCommunitySpaceReachesThePortalsAdministrators() {
        long ask = communitySpace(ended.participantA()).categories().stream()
                .filter(c -> c.kind() == CategoryKind.ASK_THE_FACULTY).findFirst().orElseThrow().id();
        long thread = as(ended.participantA(), () -> posting.startThread(new NewThread(ask, "Cheap glucometers " + key,
                "Buy them from my shop.", List.of())));
        long post = as(ended.leadA(), () -> discussions.posts(thread, 1, 1)).getFirst().id();

        as(ended.leadA(), () -> moderation.flag(post, FlagReason.SPAM, null));

        assertThat(as(scenarios.admin(), () -> notifications.mine(0, 50)))
                .filteredOn(item -> item.title().contains("Cheap glucometers " + key)).singleElement()
                .satisfies(item -> {
                    assertThat(item.type()).isEqualTo(NotificationType.FLAG);
                    assertThat(item.title()).startsWith(ended.leadA().name() + " flagged a post");
                });
    }

    @Test
    void alumniAreNotInTheDirectoryUntilTheySaveTheirEntryAndJoiningListsACurrentMember() {
        String tag = "no-show follow-up " + key;

        CommunityProfile before = as(ended.leadA(), community::myProfile);
        assertThat(before.member()).isTrue();
        assertThat(before.listed()).isFalse();
        assertThat(before.entrySaved()).isFalse();
        assertThat(as(current.participantA(), () -> community.directory(ended.teamAName(), null, 0, 20))).isEmpty();

        as(ended.leadA(), () -> community.describeMe(List.of(tag), null, true));
        as(ended.coachA(), () -> community.describeMe(List.of(tag), null, false));
        as(current.leadA(), () -> community.optIn(true));

        assertThat(as(ended.leadA(), community::myProfile).listed()).isTrue();
        assertThat(as(current.participantA(), () -> community.directory(ended.teamAName(), null, 0, 20)))
                .extracting(DirectoryEntry::personId).containsExactly(ended.leadA().id());
        assertThat(as(current.participantA(), () -> community.directory(current.leadA().name(), null, 0, 20)))
                .extracting(DirectoryEntry::personId).contains(current.leadA().id());
        assertThat(as(current.participantA(), () -> community.directory(null, tag, 0, 20)))
                .extracting(DirectoryEntry::personId).containsExactly(ended.leadA().id());
    }

    @Test
    void popularTagsCountOnlyListedMembersOfTheCommunity() {
        String listedTag = "0 listed " + key;
        String unlistedTag = "unlisted " + key;
        String leftTag = "left " + key;
        as(ended.leadA(), () -> community.describeMe(List.of(listedTag), null, true));
        as(ended.coachA(), () -> community.describeMe(List.of(unlistedTag), null, false));
        as(current.leadA(), () -> community.optIn(true));
        as(current.leadA(), () -> community.describeMe(List.of(leftTag), null, true));
        as(current.leadA(), () -> community.optIn(false));

        List<String> tags = as(current.participantA(), community::popularTags);

        assertThat(tags).contains(listedTag).doesNotContain(unlistedTag, leftTag);
    }

    @Test
    void onlyListedMembersCanBeWrittenToAndConversationsGoOnAfterSomeoneLeavesTheDirectory() {
        as(ended.leadA(), () -> community.describeMe(List.of(), null, true));
        long conversation = as(current.participantA(), () -> conversations.start(ConversationContext.community(),
                List.of(ended.leadA().id()), "Pharmacist calls", "How did you get the pharmacists on board?"));
        as(ended.leadA(), () -> community.describeMe(List.of(), null, false));

        for (Scenarios.Person unlisted : List.of(ended.leadA(), ended.participantB())) {
            assertThatThrownBy(() -> as(current.participantB(), () -> conversations.start(
                    ConversationContext.community(), List.of(unlisted.id()), null, "Hello")))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                            .containsKey("recipients"));
            assertThat(as(current.participantB(), () -> inbox.possibleRecipient(ConversationContext.community(),
                    unlisted.id()))).isEmpty();
        }
        assertThat(as(current.participantB(), () -> inbox.possibleRecipients(ConversationContext.community(),
                ended.teamAName(), PageRequest.of(0, 20)))).isEmpty();
        as(ended.leadA(), () -> conversations.send(conversation, "We paid for their time."));
        as(current.participantA(), () -> conversations.send(conversation, "Thank you!"));
        assertThat(as(current.participantA(), () -> conversations.messagesBefore(conversation, null, 10)).messages())
                .hasSize(3);
    }

    @Test
    void theRecipientPickerLeavesOutThePeopleAlreadyInTheConversationBeforePaging() {
        for (Scenarios.Person alumnus : List.of(ended.coachA(), ended.leadA(), ended.participantA())) {
            as(alumnus, () -> community.describeMe(List.of(), null, true));
        }
        long group = as(current.participantA(), () -> conversations.start(ConversationContext.community(),
                List.of(ended.coachA().id(), ended.leadA().id()), "Ask the alumni", "Hello both"));

        List<PossibleRecipient> firstPage = as(current.participantA(), () -> conversations.peopleToAdd(group,
                ended.teamAName(), PageRequest.of(0, 1)));

        assertThat(firstPage).extracting(PossibleRecipient::personId).containsExactly(ended.participantA().id());
    }

    @Test
    void aCurrentMemberWritesToAnAlumnusFromTheDirectoryBeforeJoining() {
        as(ended.leadA(), () -> community.describeMe(List.of(), null, true));
        long conversation = as(current.participantA(), () -> conversations.start(ConversationContext.community(),
                List.of(ended.leadA().id()), "Pharmacist calls", "How did you get the pharmacists on board?"));

        assertThat(as(ended.leadA(), () -> conversations.conversation(conversation))).isNotNull();
        assertThatThrownBy(() -> as(current.participantA(), () -> conversations.start(ConversationContext.community(),
                List.of(current.participantB().id()), null, "Hello")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("recipients"));
        assertThatThrownBy(() -> as(ended.outsider(), () -> conversations.start(ConversationContext.community(),
                List.of(ended.leadA().id()), null, "Hello")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private SpaceOverview communitySpace(Scenarios.Person member) {
        return as(member, discussions::mySpaces).stream().filter(s -> s.kind() == SpaceKind.COMMUNITY).findFirst()
                .orElseThrow();
    }
}
