package org.allteach.discussion;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.allteach.collaborative.Memberships;
import org.allteach.files.FileStorage;
import org.allteach.files.SampleFiles;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.collaborative.Role;
import org.allteach.shared.InvalidInput;
import org.allteach.support.Scenarios;
import org.allteach.support.TestMailServer;
import org.allteach.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PostingTest extends DiscussionTestSupport {

    @Autowired
    private Memberships memberships;

    @Autowired
    private FileStorage files;

    private long successes;

    @BeforeEach
    void setUp() {
        createScenario();
        // accounts older than the new-account period, so the rate limit does not interfere
        clock.advance(Duration.ofDays(4));
        successes = openCategory(scenario.leadA(), CategoryKind.SUCCESSES);
    }

    @Test
    void startingAThreadShowsItInTheCategoryWithMarkdownRenderedAndTagsNormalised() {
        long thread = as(scenario.leadA(), () -> posting.startThread(new NewThread(successes,
                "Text reminders cut no-shows", "We sent **two** reminders.\n\n<script>alert(1)</script>",
                List.of("No-Shows", " reminders ", "no-shows"))));
        ThreadRow row = as(scenario.participantB(), () -> discussions.threads(successes, 0, 20)).getFirst();
        assertThat(row.id()).isEqualTo(thread);
        assertThat(row.title()).isEqualTo("Text reminders cut no-shows");
        assertThat(row.tags()).containsExactly("no-shows", "reminders");
        assertThat(row.authorName()).isEqualTo("Lena Lead");
        assertThat(row.isNew()).isTrue();
        assertThat(row.unread()).isEqualTo(1);
        PostView first = as(scenario.participantB(), () -> discussions.posts(thread, 1, 20)).getFirst();
        assertThat(first.html()).contains("<strong>two</strong>").doesNotContain("<script");
    }

    @Test
    void emptyTitleAndBodyAreRefusedFieldByField() {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> as(scenario.leadA(),
                () -> posting.startThread(new NewThread(successes, "  ", "", List.of()))));
        assertThat(invalid.fieldErrors()).containsOnlyKeys("title", "body");
    }

    @Test
    void aHundredThousandCharacterBodyIsRefusedWithItsLength() {
        String huge = "a".repeat(100_000);
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> as(scenario.leadA(),
                () -> posting.startThread(new NewThread(successes, "Long", huge, List.of()))));
        assertThat(invalid.fieldErrors().get("body")).contains("100,000").contains("50,000");
    }

    @Test
    void badTagsAreRefused() {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> as(scenario.leadA(),
                () -> posting.startThread(new NewThread(successes, "Tags", "Body", List.of("<b>bold</b>")))));
        assertThat(invalid.fieldErrors()).containsOnlyKeys("tags");
    }

    @Test
    void onlyModeratorsStartAnnouncements() {
        long announcements = openCategory(scenario.leadA(), CategoryKind.ANNOUNCEMENTS);
        assertThat(as(scenario.participantA(), () -> discussions.category(announcements)).mayStartThread()).isFalse();
        as(scenario.participantA(), () -> assertThatThrownBy(() -> posting.startThread(
                new NewThread(announcements, "News", "Body", List.of()))).isInstanceOf(AccessDeniedException.class));
        long byCoach = startThread(scenario.coachA(), announcements, "Learning session 2", "Join us on Friday.");
        int reply = as(scenario.participantA(), () -> posting.reply(byCoach, "See you there", null));
        assertThat(reply).isEqualTo(2);
    }

    @Test
    void editingKeepsThePreviousVersionInTheHistory() {
        long thread = startThread(scenario.leadA(), successes, "Huddles", "Version one");
        long postId = as(scenario.leadA(), () -> discussions.posts(thread, 1, 1)).getFirst().id();
        as(scenario.leadA(), () -> posting.edit(postId, "Version two"));
        as(scenario.leadA(), () -> posting.edit(postId, "Version **three**"));
        PostView post = as(scenario.participantB(), () -> discussions.posts(thread, 1, 1)).getFirst();
        assertThat(post.html()).contains("<strong>three</strong>");
        assertThat(post.edits()).isEqualTo(2);
        List<PostRevisionView> history = as(scenario.participantB(), () -> discussions.history(postId));
        assertThat(history).extracting(PostRevisionView::html)
                .containsExactly("<p>Version two</p>\n", "<p>Version one</p>\n");
        assertThat(history.getFirst().replacedByName()).isEqualTo("Lena Lead");
        as(scenario.participantB(), () -> assertThatThrownBy(() -> posting.edit(postId, "Hijacked"))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void withdrawnPostKeepsItsPlaceAndAModeratorCanRestoreIt() {
        long thread = startThread(scenario.leadA(), successes, "Withdraw me", "Opening");
        as(scenario.participantA(), () -> posting.reply(thread, "Oops, wrong thread", null));
        long replyId = as(scenario.participantA(), () -> discussions.posts(thread, 2, 1)).getFirst().id();
        as(scenario.participantA(), () -> posting.withdraw(replyId));
        PostView seenByOthers = as(scenario.participantB(), () -> discussions.posts(thread, 2, 1)).getFirst();
        assertThat(seenByOthers.state()).isEqualTo(PostState.WITHDRAWN);
        assertThat(seenByOthers.html()).isEmpty();
        assertThat(seenByOthers.markdown()).isNull();
        as(scenario.participantB(), () -> assertThatThrownBy(() -> moderation.restore(replyId))
                .isInstanceOf(AccessDeniedException.class));
        as(scenario.organiser(), () -> moderation.restore(replyId));
        assertThat(as(scenario.participantB(), () -> discussions.posts(thread, 2, 1)).getFirst().html())
                .contains("wrong thread");
    }

    @Test
    void reactionsToggleAndSayWhoReacted() {
        long thread = startThread(scenario.leadA(), successes, "React", "Opening");
        long postId = as(scenario.leadA(), () -> discussions.posts(thread, 1, 1)).getFirst().id();
        assertThat(as(scenario.participantB(), () -> posting.toggleReaction(postId, Reaction.CELEBRATE))).isTrue();
        as(scenario.participantA(), () -> posting.toggleReaction(postId, Reaction.CELEBRATE));
        as(scenario.participantA(), () -> posting.toggleReaction(postId, Reaction.LIKE));
        assertThat(as(scenario.participantA(), () -> posting.toggleReaction(postId, Reaction.LIKE))).isFalse();
        ReactionSummary celebrate = as(scenario.participantB(), () -> discussions.posts(thread, 1, 1)).getFirst()
                .reactions().getFirst();
        assertThat(celebrate.reaction()).isEqualTo(Reaction.CELEBRATE);
        assertThat(celebrate.count()).isEqualTo(2);
        assertThat(celebrate.who()).containsExactly("Bea Otherteam", "Paul Participant");
        assertThat(celebrate.mine()).isTrue();
        assertThat(as(scenario.participantB(), () -> discussions.posts(thread, 1, 1)).getFirst().reactions())
                .hasSize(1);
    }

    @Test
    void unreadCountsFollowTheReadMarkAndOpeningJumpsToTheFirstUnread() {
        long thread = startThread(scenario.leadA(), successes, "Unread", "Opening");
        as(scenario.participantA(), () -> posting.reply(thread, "Second", null));
        as(scenario.participantB(), () -> discussions.markRead(thread, 1));
        as(scenario.participantA(), () -> posting.reply(thread, "Third", null));
        ThreadRow row = as(scenario.participantB(), () -> discussions.threads(successes, 0, 10)).getFirst();
        assertThat(row.isNew()).isFalse();
        assertThat(row.unread()).isEqualTo(2);
        assertThat(as(scenario.participantB(), () -> discussions.thread(thread)).firstUnread()).isEqualTo(2);
        CategorySummary summary = as(scenario.participantB(), () -> discussions.mySpaces()).stream()
                .flatMap(space -> space.categories().stream()).filter(c -> c.id() == successes).findFirst()
                .orElseThrow();
        assertThat(summary.unreadThreads()).isEqualTo(1);
        as(scenario.participantB(), () -> discussions.markRead(thread, 3));
        assertThat(as(scenario.participantB(), () -> discussions.threads(successes, 0, 10)).getFirst().unread())
                .isZero();
        // muting takes the thread out of the unread counts
        as(scenario.participantA(), () -> posting.setThreadLevel(thread, NotificationLevel.MUTED));
        as(scenario.leadA(), () -> posting.reply(thread, "Fourth", null));
        assertThat(as(scenario.participantA(), () -> discussions.threads(successes, 0, 10)).getFirst().unread())
                .isZero();
    }

    @Test
    void theAskerMarksTheAnswerInAskTheFaculty() {
        long ask = openCategory(scenario.participantB(), CategoryKind.ASK_THE_FACULTY);
        long thread = startThread(scenario.participantB(), ask, "How do we stratify by language?", "Question");
        int answer = as(scenario.coachA(), () -> posting.reply(thread, "Use the preferred-language field.", null));
        long answerId = as(scenario.coachA(), () -> discussions.posts(thread, answer, 1)).getFirst().id();
        as(scenario.participantA(), () -> assertThatThrownBy(() -> moderation.toggleSolution(answerId))
                .isInstanceOf(AccessDeniedException.class));
        as(scenario.participantB(), () -> moderation.toggleSolution(answerId));
        assertThat(as(scenario.participantA(), () -> discussions.thread(thread)).solutionPostId()).isEqualTo(answerId);
        assertThat(as(scenario.participantA(), () -> discussions.threads(ask, 0, 5)).getFirst().solved()).isTrue();
        // not in other categories
        long challenge = startThread(scenario.participantB(), successes, "Not a question", "Text");
        int reply = as(scenario.coachA(), () -> posting.reply(challenge, "Reply", null));
        long replyId = as(scenario.coachA(), () -> discussions.posts(challenge, reply, 1)).getFirst().id();
        as(scenario.participantB(), () -> assertThatThrownBy(() -> moderation.toggleSolution(replyId))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void moderatorsPinLockAndMoveThreads() {
        long thread = startThread(scenario.participantA(), successes, "Move me", "Text");
        long older = startThread(scenario.participantA(), successes, "Older", "Text");
        as(scenario.participantA(), () -> assertThatThrownBy(() -> moderation.setPinned(thread, true))
                .isInstanceOf(AccessDeniedException.class));
        as(scenario.coachA(), () -> moderation.setPinned(older, true));
        assertThat(as(scenario.participantB(), () -> discussions.threads(successes, 0, 10)))
                .extracting(ThreadRow::id).startsWith(older);
        as(scenario.organiser(), () -> moderation.setLocked(thread, true));
        as(scenario.participantB(), () -> assertThatThrownBy(() -> posting.reply(thread, "Late", null))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(as(scenario.participantB(), () -> discussions.thread(thread)).mayReply()).isFalse();
        long challenges = openCategory(scenario.organiser(), CategoryKind.CHALLENGES);
        as(scenario.organiser(), () -> moderation.move(thread, challenges));
        assertThat(as(scenario.participantB(), () -> discussions.thread(thread)).categoryId()).isEqualTo(challenges);
        long otherTeamsCategory = teamCategory(scenario.organiser(), scenario.teamBName(), CategoryKind.CHALLENGES);
        as(scenario.organiser(), () -> assertThatThrownBy(() -> moderation.move(thread, otherTeamsCategory))
                .isInstanceOf(InvalidInput.class));
    }

    @Test
    void threeFlagsHideAPostUntilAModeratorReviewsIt() throws Exception {
        long thread = startThread(scenario.leadA(), successes, "Flag me", "Opening");
        int number = as(scenario.participantB(), () -> posting.reply(thread, "Buy cheap watches", null));
        long postId = as(scenario.participantB(), () -> discussions.posts(thread, number, 1)).getFirst().id();
        as(scenario.leadA(), () -> moderation.flag(postId, FlagReason.SPAM, null));
        as(scenario.participantA(), () -> moderation.flag(postId, FlagReason.SPAM, "Advert"));
        InvalidInput twice = catchThrowableOfType(InvalidInput.class,
                () -> as(scenario.participantA(), () -> moderation.flag(postId, FlagReason.SPAM, null)));
        assertThat(twice.fieldErrors()).containsKey("reason");
        assertThat(as(scenario.leadA(), () -> discussions.posts(thread, number, 1)).getFirst().state())
                .isEqualTo(PostState.VISIBLE);
        as(scenario.coachA(), () -> moderation.flag(postId, FlagReason.OFF_TOPIC, null));
        PostView hidden = as(scenario.leadA(), () -> discussions.posts(thread, number, 1)).getFirst();
        assertThat(hidden.state()).isEqualTo(PostState.HIDDEN);
        assertThat(hidden.html()).isEmpty();
        MimeMessage told = TestMailServer.awaitMessagesTo(scenario.participantB().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        assertThat(told.getSubject()).contains("Flag me").contains("hidden");
        // the author still sees their own text, with the state
        assertThat(as(scenario.participantB(), () -> discussions.posts(thread, number, 1)).getFirst().html())
                .contains("watches");
        List<FlaggedPost> queue = as(scenario.organiser(), () -> moderation.reviewQueue());
        FlaggedPost flagged = queue.stream().filter(f -> f.postId() == postId).findFirst().orElseThrow();
        assertThat(flagged.flags()).hasSize(3);
        assertThat(as(scenario.participantA(), () -> moderation.reviewQueue()))
                .noneMatch(f -> f.postId() == postId);
        as(scenario.organiser(), () -> moderation.keep(postId));
        assertThat(as(scenario.leadA(), () -> discussions.posts(thread, number, 1)).getFirst().state())
                .isEqualTo(PostState.VISIBLE);
        assertThat(as(scenario.organiser(), () -> moderation.reviewQueue())).noneMatch(f -> f.postId() == postId);
    }

    @Test
    void otherFlagReasonNeedsANote() {
        long thread = startThread(scenario.leadA(), successes, "Note", "Opening");
        long postId = as(scenario.leadA(), () -> discussions.posts(thread, 1, 1)).getFirst().id();
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
                () -> as(scenario.participantB(), () -> moderation.flag(postId, FlagReason.OTHER, " ")));
        assertThat(invalid.fieldErrors()).containsKey("note");
    }

    @Test
    void newAccountsArePostingRateLimited() {
        clock.reset();
        var newcomer = scenarios.newPerson("Nina Newcomer");
        long thread = startThread(scenario.leadA(), successes, "Welcome", "Say hello");
        enrol(newcomer);
        for (int i = 0; i < 10; i++) {
            int n = i;
            as(newcomer, () -> posting.reply(thread, "Hello " + n, null));
        }
        InvalidInput limited = catchThrowableOfType(InvalidInput.class,
                () -> as(newcomer, () -> posting.reply(thread, "One too many", null)));
        assertThat(limited.fieldErrors().get("body")).contains("10 posts an hour");
        clock.advance(Duration.ofMinutes(61));
        assertThat(as(newcomer, () -> posting.reply(thread, "Later", null))).isEqualTo(12);
    }

    @Test
    void openingAPageOfALongThreadCostsTheSameQueriesAsAShortOne() {
        long shortThread = startThread(scenario.leadA(), successes, "Short", "One");
        long longThread = startThread(scenario.leadA(), successes, "Long", "One");
        for (int i = 0; i < 40; i++) {
            int n = i;
            as(i % 2 == 0 ? scenario.participantA() : scenario.participantB(),
                    () -> posting.reply(longThread, "Reply " + n, null));
        }
        as(scenario.participantA(), () -> posting.toggleReaction(
                as(scenario.participantA(), () -> discussions.posts(longThread, 2, 1)).getFirst().id(), Reaction.LIKE));
        long shortQueries = QueryCounter.count(() -> as(scenario.participantB(), () -> {
            discussions.thread(shortThread);
            discussions.posts(shortThread, 1, 20);
        }));
        long longQueries = QueryCounter.count(() -> as(scenario.participantB(), () -> {
            discussions.thread(longThread);
            discussions.posts(longThread, 1, 20);
        }));
        assertThat(longQueries).isEqualTo(shortQueries);
        assertThat(as(scenario.participantB(), () -> discussions.posts(longThread, 21, 20))).hasSize(20)
                .extracting(PostView::number).startsWith(21).endsWith(40);
    }

    @Test
    void imagesAttachedToAPostShowInItAndOnlyTheUploaderCanAttachAFile() {
        StoredFile chart = as(scenario.leadA(), () -> files.store("Run chart.png",
                new ByteArrayInputStream(SampleFiles.png()), UploadRules.images(1_000_000)));
        long thread = as(scenario.leadA(), () -> posting.startThread(new NewThread(successes, "Our run chart",
                "Seven points above the median!", List.of(), List.of(chart.id()))));
        Attachment shown = as(scenario.participantB(), () -> discussions.posts(thread, 1, 1)).getFirst()
                .attachments().getFirst();
        assertThat(shown.image()).isTrue();
        assertThat(shown.downloadPath()).isEqualTo(chart.downloadPath());
        assertThat(as(scenario.participantB(), () -> files.findReadable(chart.id()))).isPresent();

        InvalidInput borrowed = catchThrowableOfType(InvalidInput.class, () -> as(scenario.participantB(),
                () -> posting.reply(thread, "Look at this", null, List.of(chart.id()))));
        assertThat(borrowed.fieldErrors()).containsOnlyKeys("attachments");
    }

    private void enrol(Scenarios.Person person) {
        as(scenarios.admin(), () -> memberships.enrol(scenario.collaborativeId(), scenario.teamB(), person.id(),
                Role.PARTICIPANT));
    }
}
