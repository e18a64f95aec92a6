package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.allteach.notification.internal.OutboxEmail;
import org.allteach.notification.internal.OutboxEmailRepository;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Await;
import org.allteach.support.Scenarios;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MailOutboxTest extends IntegrationTestBase {

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxEmailRepository emails;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anSmtpOutageLosesNothingAndTheMailArrivesOnce() throws Exception {
        String to = "outage." + Scenarios.unique() + "@example.org";
        long id;
        TestMailServer.stop();
        try {
            id = queue(to);
            OutboxEmail failed = Await.until(() -> emails.findById(id).orElseThrow(),
                    email -> email.getAttempts() >= 1);
            assertThat(failed.getAttempts()).isGreaterThanOrEqualTo(1);
            assertThat(failed.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
            assertThat(failed.getLastError()).isNotBlank();
            assertThat(TestMailServer.messagesTo(to)).isEmpty();
        } finally {
            TestMailServer.start();
        }

        List<MimeMessage> received = TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(30));
        Thread.sleep(2000);

        assertThat(TestMailServer.messagesTo(to)).hasSize(1);
        OutboxEmail sent = emails.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxEmail.Status.SENT);
        assertThat(sent.getAttempts()).isGreaterThanOrEqualTo(2);
        assertThat(received.getFirst().getMessageID()).isEqualTo(sent.getMessageId());
    }

    @Test
    void mailIsHtmlWithAPlainTextAlternative() throws Exception {
        String to = "parts." + Scenarios.unique() + "@example.org";
        queue(to);

        MimeMessage message = TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20)).getFirst();

        assertThat(message.getSubject()).isEqualTo("Reset your AllTeach password");
        String all = new String(message.getInputStream().readAllBytes());
        assertThat(message.getContentType()).startsWith("multipart/");
        assertThat(((MimeMultipart) message.getContent()).getCount()).isPositive();
        assertThat(all).contains("text/plain").contains("text/html");
    }

    @Test
    void mailQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        String to = "rollback." + Scenarios.unique() + "@example.org";

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            outbox.queue(email(to));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo(to)).isEmpty();
    }

    @Test
    void queueingOutsideATransactionIsAProgrammingError() {
        assertThatThrownBy(() -> outbox.queue(email("no.tx@example.org")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private long queue(String to) {
        return transactions.execute(tx -> outbox.queue(email(to)));
    }

    private static Email email(String to) {
        return new Email(to, "Reset your AllTeach password", "password-reset",
                Map.of("name", "Test Person", "link", "http://localhost/reset-password/abc", "validMinutes", 60),
                Locale.US);
    }
}
