package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.DiscussionTestSupport;
import org.allteach.discussion.FlagReason;
import org.allteach.discussion.Reaction;
import org.allteach.notification.internal.DigestJob;
import org.allteach.notification.internal.DigestKind;
import org.allteach.notification.internal.NotificationRepository;
import org.allteach.notification.internal.OutboxSender;
import org.allteach.support.Scenarios;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications from discussion events: bell, preferences, email now with unsubscribe, digests exactly once. */
class NotificationsTest extends DiscussionTestSupport {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    Unsubscribes unsubscribes;
    @Autowired
    DigestJob digests;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationRecipients recipients;
    @Autowired
    NotificationRepository items;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    private long successes;

    @BeforeEach
    void setUp() {
        createScenario();
        // past the new-account posting limit
        clock.advance(Duration.ofDays(4));
        successes = openCategory(scenario.leadA(), CategoryKind.SUCCESSES);
    }

    @Test
    void aMentionIsEmailedAtOnceThroughTheOutboxWithOneClickUnsubscribeHeaders() throws Exception {
        startThread(scenario.participantA(), successes, "Huddle scripts", "@Lena Lead could you share yours?");

        assertThat(as(scenario.leadA(), () -> notifications.unreadCount())).isEqualTo(1);
        NotificationView item = as(scenario.leadA(), () -> notifications.mine(0, 10)).getFirst();
        assertThat(item.type()).isEqualTo(NotificationType.MENTION);
        assertThat(item.title()).isEqualTo("Paul Participant mentioned you in “Huddle scripts”");
        assertThat(item.text()).isEqualTo("@Lena Lead could you share yours?");
        MimeMessage mail = TestMailServer.awaitMessagesTo(scenario.leadA().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        assertThat(mail.getSubject()).isEqualTo("Paul Participant mentioned you in “Huddle scripts”");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8080/unsubscribe/one-click/[A-Za-z0-9_-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(TestMailServer.linkIn(mail, "unsubscribe/")).isNotBlank();
    }

    @Test
    void aMutedTypeSendsNothing() {
        as(scenario.leadA(), () -> preferences.choose(NotificationType.MENTION, Delivery.OFF));

        startThread(scenario.participantA(), successes, "Huddle scripts", "@Lena Lead could you share yours?");
        sender.sendDue();

        assertThat(as(scenario.leadA(), () -> notifications.unreadCount())).isZero();
        assertThat(TestMailServer.messagesTo(scenario.leadA().email())).isEmpty();
    }

    @Test
    void nobodyIsToldAboutTheirOwnReplyAndTheRepliedToAuthorIsToldOnce() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.leadA(), () -> posting.reply(thread, "Update: it worked.", 1));
        as(scenario.participantA(), () -> posting.reply(thread, "How many a day?", 1));

        List<NotificationView> mine = as(scenario.leadA(), () -> notifications.mine(0, 10));
        assertThat(mine).extracting(NotificationView::title)
                .containsExactly("Paul Participant replied to your post in “Same-day slots”");
        assertThat(mine.getFirst().link()).isEqualTo("discuss/t/" + thread);
    }

    @Test
    void reactionsToOnePostBatchIntoOneNotificationUpdatedInPlace() {
        long thread = startThread(scenario.leadA(), successes, "Pre-visit calls", "We call the day before.");
        long post = as(scenario.leadA(), () -> discussions.posts(thread, 1, 1)).getFirst().id();
        as(scenario.participantA(), () -> posting.toggleReaction(post, Reaction.LIKE));
        as(scenario.participantA(), () -> posting.toggleReaction(post, Reaction.THANKS));
        as(scenario.coachA(), () -> posting.toggleReaction(post, Reaction.HEART));
        as(scenario.participantB(), () -> posting.toggleReaction(post, Reaction.CELEBRATE));
        as(scenario.organiser(), () -> posting.toggleReaction(post, Reaction.LIKE));

        List<NotificationView> mine = as(scenario.leadA(), () -> notifications.mine(0, 10));
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().title())
                .isEqualTo("Paul Participant, Carl Coach and 2 others reacted to your post in “Pre-visit calls”");
        assertThat(as(scenario.leadA(), () -> notifications.unreadCount())).isEqualTo(1);

        // once read, the next reaction starts a new item
        as(scenario.leadA(), () -> notifications.markAllRead());
        as(scenario.participantB(), () -> posting.toggleReaction(post, Reaction.INSIGHTFUL));
        assertThat(as(scenario.leadA(), () -> notifications.mine(0, 10))).extracting(NotificationView::title)
                .first().isEqualTo("Bea Otherteam reacted to your post in “Pre-visit calls”");
    }

    @Test
    void anEventDeliveredTwiceNotifiesOnce() {
        NewNotification ready = new NewNotification(scenario.leadA().id(), NotificationType.CREDIT_READY,
                "credit-test-" + Scenarios.unique(), null, "Credit for “Learning session 2” is ready to claim", "",
                "credits");

        assertThat(notifications.notify(ready)).isPresent();
        assertThat(notifications.notify(ready)).isEmpty();

        assertThat(as(scenario.leadA(), () -> notifications.countMine())).isEqualTo(1);
    }

    @Test
    void anotherPersonCannotReadOrMarkYourNotifications() {
        startThread(scenario.participantA(), successes, "Huddle scripts", "@Lena Lead could you share yours?");
        long id = as(scenario.leadA(), () -> notifications.mine(0, 10)).getFirst().id();

        assertThatThrownBy(() -> as(scenario.participantB(), () -> notifications.markRead(id)))
                .isInstanceOf(NoSuchElementException.class);
        as(scenario.participantB(), () -> notifications.markAllRead());

        assertThat(as(scenario.participantB(), () -> notifications.mine(0, 10))).isEmpty();
        assertThat(as(scenario.leadA(), () -> notifications.unreadCount())).isEqualTo(1);
        as(scenario.leadA(), () -> notifications.markRead(id));
        assertThat(as(scenario.leadA(), () -> notifications.unreadCount())).isZero();
    }

    @Test
    void aFlagTellsTheSpacesModeratorsAndNobodyElse() {
        long thread = startThread(scenario.participantB(), successes, "Off topic", "Selling a used car.");
        long post = as(scenario.participantB(), () -> discussions.posts(thread, 1, 1)).getFirst().id();
        as(scenario.leadA(), () -> moderation.flag(post, FlagReason.SPAM, null));

        assertThat(as(scenario.coachA(), () -> notifications.mine(0, 10))).extracting(NotificationView::title)
                .containsExactly("Lena Lead flagged a post in “Off topic” as spam");
        assertThat(as(scenario.organiser(), () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(as(scenario.participantA(), () -> notifications.unreadCount())).isZero();
        assertThat(as(scenario.participantB(), () -> notifications.unreadCount())).isZero();
    }

    @Test
    void theDigestBatchesADaysItemsIntoOneEmailEvenWhenTheJobRunsTwice() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "How many a day?", 1));
        as(scenario.coachA(), () -> posting.reply(thread, "Try two a day first.", 1));
        clock.advance(Duration.ofDays(1));
        Recipient lead = lead();

        assertThat(digest(lead, DigestKind.DAILY)).isTrue();
        assertThat(digest(lead, DigestKind.DAILY)).isFalse();
        digests.sendDue();
        sender.sendDue();

        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(lead.email(), 1, Duration.ofSeconds(20));
        sender.sendDue();
        assertThat(TestMailServer.messagesTo(lead.email())).hasSize(1);
        MimeMessage digest = mails.getFirst();
        assertThat(subject(digest)).isEqualTo("Your daily AllTeach digest: 2 notifications");
        assertThat(body(digest)).contains("Carl Coach replied to your post in “Same-day slots”")
                .contains("Paul Participant replied to your post in “Same-day slots”");
        assertThat(headers(digest, "List-Unsubscribe")).contains("/unsubscribe/one-click/");
    }

    @Test
    void aHiddenPostsWordsLeaveTheBellAndTheDigestThatFollows() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "Mrs J. Doe, DOB 1950-02-01, waited 3 hours.", 1));
        long reply = as(scenario.leadA(), () -> discussions.posts(thread, 2, 1)).getFirst().id();
        as(scenario.coachA(), () -> posting.toggleReaction(reply, Reaction.LIKE));
        assertThat(as(scenario.participantA(), () -> notifications.mine(0, 10))).singleElement()
                .extracting(NotificationView::text).asString().contains("DOB");
        assertThat(as(scenario.leadA(), () -> notifications.mine(0, 10))).singleElement()
                .extracting(NotificationView::text).asString().contains("DOB");

        as(scenario.coachA(), () -> moderation.hide(reply));

        assertThat(as(scenario.leadA(), () -> notifications.mine(0, 10))).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Paul Participant replied to your post in “Same-day slots”");
            assertThat(item.text()).isEmpty();
        });
        assertThat(as(scenario.participantA(), () -> notifications.mine(0, 10))).singleElement()
                .extracting(NotificationView::text).asString().isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(digest(lead(), DigestKind.DAILY)).isTrue();
        sender.sendDue();
        MimeMessage digest = TestMailServer.awaitMessagesTo(scenario.leadA().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        assertThat(body(digest)).contains("replied to your post in “Same-day slots”").doesNotContain("DOB");
    }

    @Test
    void anEditedPostsNewWordsReplaceTheExcerpt() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "How many a day? Ask Mrs Doe.", 1));
        long reply = as(scenario.leadA(), () -> discussions.posts(thread, 2, 1)).getFirst().id();

        as(scenario.participantA(), () -> posting.edit(reply, "How many a day?"));

        assertThat(as(scenario.leadA(), () -> notifications.mine(0, 10))).singleElement()
                .extracting(NotificationView::text).isEqualTo("How many a day?");
    }

    @Test
    void aCrashMidDigestLeavesNothingBehindAndTheNextRunSendsItOnce() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "How many a day?", 1));
        clock.advance(Duration.ofDays(1));
        Recipient lead = lead();

        // the first run dies after writing the ledger, marking the items and queuing the mail, before its commit
        transactions.executeWithoutResult(tx -> {
            assertThat(digests.send(lead, DigestKind.DAILY)).isTrue();
            tx.setRollbackOnly();
        });
        sender.sendDue();
        assertThat(TestMailServer.messagesTo(lead.email())).isEmpty();

        assertThat(digest(lead, DigestKind.DAILY)).isTrue();
        assertThat(digest(lead, DigestKind.DAILY)).isFalse();
        TestMailServer.awaitMessagesTo(lead.email(), 1, Duration.ofSeconds(20));
        sender.sendDue();
        assertThat(TestMailServer.messagesTo(lead.email())).hasSize(1);
    }

    @Test
    void twoJobsRunningAtOnceSendOneDigest() throws Exception {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "How many a day?", 1));
        clock.advance(Duration.ofDays(1));
        Recipient lead = lead();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(jobs.submit(() -> {
                    start.await();
                    return digest(lead, DigestKind.DAILY);
                }));
            }
            start.countDown();
            List<Boolean> sent = new ArrayList<>();
            for (Future<Boolean> run : runs) {
                sent.add(run.get(30, TimeUnit.SECONDS));
            }
            assertThat(sent).containsExactlyInAnyOrder(true, false);
        } finally {
            jobs.shutdownNow();
        }
        TestMailServer.awaitMessagesTo(lead.email(), 1, Duration.ofSeconds(20));
        sender.sendDue();
        assertThat(TestMailServer.messagesTo(lead.email())).hasSize(1);
    }

    @Test
    void itemsReadInTheBellStayOutOfTheDigest() {
        long thread = startThread(scenario.leadA(), successes, "Same-day slots", "We opened same-day slots.");
        as(scenario.participantA(), () -> posting.reply(thread, "How many a day?", 1));
        as(scenario.leadA(), () -> notifications.markAllRead());
        clock.advance(Duration.ofDays(1));

        assertThat(digest(lead(), DigestKind.DAILY)).isFalse();
    }

    @Test
    void theActivitySummaryGoesOnlyToPeopleWhoHaveNotVisitedLately() {
        Scenarios.Person away = scenarios.newPerson("Amal Away");
        Scenarios.Person here = scenarios.newPerson("Hugo Here");
        for (Scenarios.Person person : List.of(away, here)) {
            notifications.notify(new NewNotification(person.id(), NotificationType.BOOKING, "summary-test",
                    scenario.coachA().id(), "booked a coaching call with you", "", "coaching"));
        }
        as(here, () -> notifications.visited());
        clock.advance(Duration.ofDays(3));
        as(here, () -> notifications.visited());
        clock.advance(Duration.ofDays(5));
        Recipient awayRecipient = recipients.find(List.of(away.id())).get(away.id());
        Recipient hereRecipient = recipients.find(List.of(here.id())).get(here.id());

        assertThat(digest(awayRecipient, DigestKind.SUMMARY)).isTrue();
        assertThat(digest(hereRecipient, DigestKind.SUMMARY)).isFalse();
        MimeMessage summary = TestMailServer.awaitMessagesTo(away.email(), 1, Duration.ofSeconds(20)).getFirst();
        assertThat(subject(summary)).isEqualTo("What you missed on AllTeach: 1 notification");
    }

    @Test
    void theSummarysUnsubscribeLinkStopsTheSummaryAndLeavesTheBellAsItWas() {
        Scenarios.Person away = scenarios.newPerson("Amal Away");
        notifications.notify(new NewNotification(away.id(), NotificationType.BOOKING, "summary-stop-test",
                scenario.coachA().id(), "booked a coaching call with you", "", "coaching"));
        clock.advance(Duration.ofDays(8));
        Recipient awayRecipient = recipients.find(List.of(away.id())).get(away.id());
        assertThat(digest(awayRecipient, DigestKind.SUMMARY)).isTrue();
        MimeMessage summary = TestMailServer.awaitMessagesTo(away.email(), 1, Duration.ofSeconds(20)).getFirst();
        String token = TestMailServer.linkIn(summary, "unsubscribe/").replaceAll(".*/", "");
        assertThat(unsubscribes.open(token).what()).isEqualTo("activity summary emails");

        assertThat(unsubscribes.confirm(token).done()).isTrue();
        assertThat(as(away, () -> preferences.mine()).get(NotificationType.BOOKING)).isEqualTo(Delivery.IN_APP);
        assertThat(as(away, () -> preferences.wantsSummary())).isFalse();
        notifications.notify(new NewNotification(away.id(), NotificationType.BOOKING, "summary-stop-test-2",
                scenario.coachA().id(), "moved a coaching call with you", "", "coaching"));
        clock.advance(Duration.ofDays(8));
        assertThat(digest(awayRecipient, DigestKind.SUMMARY)).as("no summary once stopped").isFalse();
        assertThat(as(away, () -> notifications.unreadCount())).as("the bell keeps both").isEqualTo(2);
    }

    @Test
    void theEmailedUnsubscribeLinkAsksFirstAndStopsTheTypesEmailButNotItsBell() {
        startThread(scenario.participantA(), successes, "Huddle scripts", "@Lena Lead could you share yours?");
        MimeMessage mail = TestMailServer.awaitMessagesTo(scenario.leadA().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        String token = TestMailServer.linkIn(mail, "unsubscribe/").replaceAll(".*/", "");

        Unsubscribes.Offer offer = unsubscribes.open(token);
        assertThat(offer.valid()).isTrue();
        assertThat(offer.done()).isFalse();
        assertThat(offer.what()).isEqualTo("“Mentions” emails");
        assertThat(as(scenario.leadA(), () -> preferences.mine()).get(NotificationType.MENTION))
                .isEqualTo(Delivery.EMAIL_NOW);

        assertThat(unsubscribes.confirm(token).done()).isTrue();
        assertThat(as(scenario.leadA(), () -> preferences.mine()).get(NotificationType.MENTION))
                .as("the page promises the news still shows in AllTeach").isEqualTo(Delivery.IN_APP);
        assertThat(unsubscribes.open(token).done()).isTrue();
        assertThat(unsubscribes.open("not-a-token").valid()).isFalse();
    }

    @Test
    void aMailClientsOneClickPostUnsubscribesWithoutSigningIn() throws Exception {
        startThread(scenario.participantA(), successes, "Huddle scripts", "@Lena Lead could you share yours?");
        MimeMessage mail = TestMailServer.awaitMessagesTo(scenario.leadA().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        Matcher header = Pattern.compile("<http://localhost:8080/(unsubscribe/one-click/[A-Za-z0-9_-]+)>")
                .matcher(mail.getHeader("List-Unsubscribe")[0]);
        assertThat(header.matches()).isTrue();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/" + header.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(as(scenario.leadA(), () -> preferences.mine()).get(NotificationType.MENTION))
                .isEqualTo(Delivery.IN_APP);
    }

    private boolean digest(Recipient person, DigestKind kind) {
        return Boolean.TRUE.equals(transactions.execute(tx -> digests.send(person, kind)));
    }

    private Recipient lead() {
        return recipients.find(List.of(scenario.leadA().id())).get(scenario.leadA().id());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String headers(MimeMessage message, String name) {
        try {
            return String.join(",", message.getHeader(name));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=")
                .replace("=E2=80=9C", "“").replace("=E2=80=9D", "”");
    }
}
