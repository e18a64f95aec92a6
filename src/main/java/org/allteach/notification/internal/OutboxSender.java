package org.allteach.notification.internal;

import java.time.Clock;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.allteach.notification.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail. Each mail is locked, sent and marked in one short transaction, so a crash before the
 * commit means the mail is retried (at-least-once); the Message-ID stays the same across attempts so mail
 * clients drop the rare duplicate.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxEmailRepository emails;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final MailProperties properties;
    private final Clock clock;

    OutboxSender(OutboxEmailRepository emails, JavaMailSender mailSender, TransactionTemplate transactions,
                 MailProperties properties, Clock clock) {
        this.emails = emails;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${allteach.mail.outbox.poll-interval:10s}",
            initialDelayString = "${allteach.mail.outbox.poll-interval:10s}")
    void poll() {
        sendDue();
    }

    /** Sends up to one batch of due mail; returns how many were handled (sent or failed). */
    public int sendDue() {
        int handled = 0;
        while (handled < properties.outbox().batchSize() && Boolean.TRUE.equals(transactions.execute(tx -> sendNext()))) {
            handled++;
        }
        return handled;
    }

    private boolean sendNext() {
        return emails.lockNextDue(clock.instant()).map(email -> {
            try {
                mailSender.send(toMimeMessage(email));
                email.markSent(clock.instant());
            } catch (MailParseException | MailPreparationException e) {
                log.error("Mail {} to {} cannot be built and will not be retried", email.getId(),
                        email.getRecipient(), e);
                email.giveUp(clock.instant(), e.getMessage());
            } catch (MailException e) {
                if (addressRefused(e)) {
                    log.warn("Mail {}: the server refuses the address {}; not retried", email.getId(),
                            email.getRecipient());
                    email.giveUp(clock.instant(), e.getMessage());
                } else {
                    log.warn("Mail {} could not be sent (attempt {}), will retry: {}", email.getId(),
                            email.getAttempts() + 1, e.getMessage());
                    MailProperties.Outbox outbox = properties.outbox();
                    email.retryLater(clock.instant(), e.getMessage(), outbox.firstRetryDelay(),
                            outbox.maxRetryDelay(), outbox.maxAttempts());
                }
            }
            return true;
        }).orElse(false);
    }

    /** The server answered that the recipient does not exist or is not accepted: retrying will not help. */
    private static boolean addressRefused(MailException e) {
        if (e instanceof MailSendException send) {
            for (Exception failure : send.getMessageExceptions()) {
                for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                            && refused.getInvalidAddresses().length > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private MimeMessage toMimeMessage(OutboxEmail email) {
        MimeMessage message = new FixedIdMimeMessage(email.getMessageId());
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(email.getRecipient());
            helper.setSubject(email.getSubject());
            helper.setText(email.getTextBody(), email.getHtmlBody());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /** JavaMail replaces the Message-ID on every send; we keep ours so retries are recognisable. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(String messageId) {
            super(Session.getInstance(new Properties()));
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
