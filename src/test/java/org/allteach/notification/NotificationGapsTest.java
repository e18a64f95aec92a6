package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.DiscussionTestSupport;
import org.allteach.notification.internal.DigestJob;
import org.allteach.notification.internal.Notification;
import org.allteach.notification.internal.NotificationRepository;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** The gaps found in the notification sources: one item per reply with a mention, per group, and digests paged. */
class NotificationGapsTest extends DiscussionTestSupport {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository items;
    @Autowired
    DigestJob digests;
    @Autowired
    TransactionTemplate transactions;

    private long successes;

    @BeforeEach
    void setUp() {
        createScenario();
        // past the new-account posting limit
        clock.advance(Duration.ofDays(4));
        successes = openCategory(scenario.leadA(), CategoryKind.SUCCESSES);
    }

    @Test
    void aReplyThatMentionsTheRepliedToAuthorGivesThemOneItemTheMention() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "@Lena Lead how many a day?", 1));

        List<NotificationView> mine = as(scenario.leadA(), () -> notifications.mine(0, 10));
        assertThat(mine).extracting(NotificationView::title)
                .containsExactly("Paul Participant mentioned you in “Same-day slots”");
        assertThat(mine.getFirst().type()).isEqualTo(NotificationType.MENTION);
    }

    @Test
    void twoFirstReactionsCommittedAtOnceGrowOneItem() throws Exception {
        Scenarios.Person author = scenario.leadA();
        String group = "reactions-post-test-" + Scenarios.unique();
        CountDownLatch firstNotified = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService listeners = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = listeners.submit(() -> transactions.executeWithoutResult(tx -> {
                notifications.notify(reaction(author, scenario.participantA(), group));
                firstNotified.countDown();
                await(commitFirst);
            }));
            firstNotified.await(30, TimeUnit.SECONDS);
            Future<?> second = listeners.submit(() -> transactions.executeWithoutResult(tx ->
                    notifications.notify(reaction(author, scenario.coachA(), group))));
            // the second waits for the first's lock; without it, it would not see the first's item and make its own
            Thread.sleep(500);
            assertThat(second.isDone()).isFalse();
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            listeners.shutdownNow();
        }

        assertThat(as(author, () -> notifications.mine(0, 10))).extracting(NotificationView::title)
                .containsExactly("Paul Participant and Carl Coach reacted to your post in “Pre-visit calls”");
    }

    @Test
    void theDigestJobPagesThroughEveryoneWithWaitingItems() {
        // the test profile reads two people a page: five make three pages
        List<Scenarios.Person> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Scenarios.Person person = scenarios.newPerson("Dora Digest" + i);
            people.add(person);
            notifications.notify(new NewNotification(person.id(), NotificationType.REPLY,
                    "post-test-" + Scenarios.unique(), scenario.leadA().id(), "replied to your post in “Huddles”",
                    "Try two a day.", "discuss"));
        }
        clock.advance(Duration.ofDays(1));

        digests.sendDue();

        for (Scenarios.Person person : people) {
            Notification item = items.findByRecipientIdOrderByUpdatedAtDescIdDesc(person.id(), PageRequest.of(0, 1))
                    .getFirst();
            assertThat(item.getEmailedAt()).as(person.name()).isNotNull();
        }
    }

    private static NewNotification reaction(Scenarios.Person author, Scenarios.Person reactor, String group) {
        return new NewNotification(author.id(), NotificationType.REACTION, group + "-" + reactor.id(), reactor.id(),
                "reacted to your post in “Pre-visit calls”", "We call the day before.", "discuss", group);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
