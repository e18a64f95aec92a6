package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.allteach.support.Await;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail sent later, cancelled by its key, or dropped when the sender gets to it too late. */
class ScheduledMailTest extends IntegrationTestBase {

    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void scheduledMailIsNotSentBeforeItsTimeAndIsSentAfter() throws Exception {
        String to = address("scheduled");
        Instant sendAt = clock.instant().plus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.MICROS);
        long id = queue(email(to).sendAt(sendAt).cancelKey(to));

        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo(to)).isEmpty();
        assertThat(only(to).status()).isEqualTo(QueuedEmail.Status.PENDING);
        assertThat(only(to).sendAt()).isEqualTo(sendAt);

        clock.advance(Duration.ofMinutes(51));

        assertThat(TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20))).hasSize(1);
        QueuedEmail sent = Await.until(() -> only(to), mail -> mail.status() == QueuedEmail.Status.SENT);
        assertThat(sent.id()).isEqualTo(id);
        assertThat(sent.sentAt()).isAfterOrEqualTo(sendAt);
    }

    @Test
    void cancelledMailIsNeverSent() throws Exception {
        String to = address("cancelled");
        String key = "booking-" + Scenarios.unique() + "-reminders";
        queue(email(to).sendAt(clock.instant().plus(Duration.ofMinutes(30))).cancelKey(key));
        queue(email(to).sendAt(clock.instant().plus(Duration.ofMinutes(40))).cancelKey(key));

        int cancelled = transactions.execute(tx -> outbox.cancel(key));
        clock.advance(Duration.ofHours(1));
        Thread.sleep(1500);

        assertThat(cancelled).isEqualTo(2);
        assertThat(TestMailServer.messagesTo(to)).isEmpty();
        assertThat(outbox.scheduled(key)).extracting(QueuedEmail::status)
                .containsExactly(QueuedEmail.Status.CANCELLED, QueuedEmail.Status.CANCELLED);
    }

    @Test
    void cancellingOneKeyLeavesOtherMailAlone() {
        String to = address("other-key");
        queue(email(to).cancelKey("keep-" + to));

        transactions.execute(tx -> outbox.cancel("drop-" + to));

        assertThat(TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void mailAlreadySentStaysSentWhenItsKeyIsCancelled() {
        String to = address("already-sent");
        queue(email(to).cancelKey(to));
        TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20));
        Await.until(() -> only(to), mail -> mail.status() == QueuedEmail.Status.SENT);

        int cancelled = transactions.execute(tx -> outbox.cancel(to));

        assertThat(cancelled).isZero();
        assertThat(only(to).status()).isEqualTo(QueuedEmail.Status.SENT);
    }

    @Test
    void aCancellationThatRollsBackLeavesTheMailToBeSent() {
        String to = address("cancel-rolled-back");
        queue(email(to).sendAt(clock.instant().plus(Duration.ofMinutes(10))).cancelKey(to));

        try {
            transactions.executeWithoutResult(tx -> {
                outbox.cancel(to);
                throw new IllegalStateException("the cancellation failed");
            });
        } catch (IllegalStateException expected) {
            // the booking was not cancelled after all, so its reminder must still go out
        }
        clock.advance(Duration.ofMinutes(11));

        assertThat(TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void aMailBeingSentWhileItIsCancelledIsSentOnceAndNotCountedAsCancelled() throws Exception {
        String to = address("sending-while-cancelled");
        TestMailServer.Hold hold = TestMailServer.holdNextDeliveryTo(to);
        queue(email(to).cancelKey(to));
        hold.awaitArrival(); // the sender holds the mail's row lock and waits for the SMTP server's answer

        CompletableFuture<Integer> cancel = CompletableFuture.supplyAsync(
                () -> transactions.execute(tx -> outbox.cancel(to)));
        Thread.sleep(1000);
        assertThat(cancel).as("cancel waits for the sender").isNotDone();
        hold.release();

        assertThat(cancel.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(only(to).status()).isEqualTo(QueuedEmail.Status.SENT);
        assertThat(TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20))).hasSize(1);
        Thread.sleep(1000);
        assertThat(TestMailServer.messagesTo(to)).hasSize(1);
    }

    @Test
    void aMailDueWhileItsCancellationIsUnderWayIsNotSent() throws Exception {
        String to = address("due-while-cancelling");
        queue(email(to).sendAt(clock.instant().plus(Duration.ofMinutes(5))).cancelKey(to));
        CountDownLatch cancelledUncommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Integer> cancel = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            int count = outbox.cancel(to);
            cancelledUncommitted.countDown();
            await(commit);
            return count;
        }));
        assertThat(cancelledUncommitted.await(20, TimeUnit.SECONDS)).isTrue();
        clock.advance(Duration.ofMinutes(6)); // due now, but the cancelling transaction holds its row
        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo(to)).isEmpty();
        commit.countDown();

        assertThat(cancel.get(20, TimeUnit.SECONDS)).isOne();
        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo(to)).isEmpty();
        assertThat(only(to).status()).isEqualTo(QueuedEmail.Status.CANCELLED);
    }

    @Test
    void mailTheSenderReachesAfterItsDiscardTimeIsDiscardedNotSent() throws Exception {
        String to = address("too-late");
        Instant callStarts = clock.instant().plus(Duration.ofMinutes(40));
        queue(email(to).sendAt(callStarts.minus(Duration.ofMinutes(10))).discardAfter(callStarts).cancelKey(to));

        // the portal was down from before the reminder's time until after the call began
        clock.advance(Duration.ofMinutes(45));

        QueuedEmail discarded = Await.until(() -> only(to), mail -> mail.status() != QueuedEmail.Status.PENDING);
        assertThat(discarded.status()).isEqualTo(QueuedEmail.Status.DISCARDED);
        assertThat(discarded.sentAt()).isNull();
        Thread.sleep(1000);
        assertThat(TestMailServer.messagesTo(to)).isEmpty();
    }

    @Test
    void mailReachedBeforeItsDiscardTimeIsSent() {
        String to = address("in-time");
        queue(email(to).discardAfter(clock.instant().plus(Duration.ofMinutes(30))));

        assertThat(TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20))).hasSize(1);
    }

    private long queue(Email email) {
        return transactions.execute(tx -> outbox.queue(email));
    }

    private QueuedEmail only(String cancelKey) {
        List<QueuedEmail> mails = outbox.scheduled(cancelKey);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String address(String purpose) {
        return purpose + "." + Scenarios.unique() + "@example.org";
    }

    static Email email(String to) {
        return new Email(to, "Your coaching call starts soon", "password-reset",
                Map.of("name", "Test Person", "link", "http://localhost/reset-password/abc", "validMinutes", 60),
                Locale.US);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
