package org.allteach.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.allteach.notification.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail. Each mail is locked, sent and marked in one short transaction, so a crash before the
 * commit means the mail is retried (at-least-once); the Message-ID stays the same across attempts so mail
 * clients drop the rare duplicate. The row lock is held while the SMTP server is talked to: a cancellation of this
 * mail waits for it and then finds the mail sent, and a mail a cancelling transaction holds is skipped.
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
            if (email.tooLate(clock.instant())) {
                log.info("Mail {} to {} discarded: reached after its discard-after time {}", email.getId(),
                        email.getRecipient(), email.getDiscardAfter());
                email.discard(clock.instant());
                return true;
            }
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

    /**
     * Plain text and HTML as alternatives; with attachments, that and the files in a multipart/mixed. An iCalendar
     * invitation or cancellation is also the last alternative of the body, the way Google Calendar, Outlook and
     * Thunderbird send them: some mail clients offer "accept"/"add to calendar" only for that body part, others only
     * for the attached file.
     */
    private MimeMessage toMimeMessage(OutboxEmail email) {
        MimeMessage message = new FixedIdMimeMessage(email.getMessageId());
        try {
            message.setFrom(new InternetAddress(properties.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.getRecipient(), true));
            message.setSubject(email.getSubject(), "UTF-8");
            for (var header : email.getHeaders().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            MimeMultipart body = new MimeMultipart("alternative");
            body.addBodyPart(textPart(email.getTextBody(), "plain"));
            body.addBodyPart(textPart(email.getHtmlBody(), "html"));
            List<OutboxAttachment> attachments = email.getAttachments();
            for (OutboxAttachment attachment : attachments) {
                if (isCalendarMessage(attachment.getContentType())) {
                    MimeBodyPart calendar = new MimeBodyPart();
                    calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.getContent(),
                            attachment.getContentType())));
                    body.addBodyPart(calendar);
                }
            }
            if (attachments.isEmpty()) {
                message.setContent(body);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart bodyPart = new MimeBodyPart();
                bodyPart.setContent(body);
                mixed.addBodyPart(bodyPart);
                for (OutboxAttachment attachment : attachments) {
                    mixed.addBodyPart(filePart(attachment));
                }
                message.setContent(mixed);
            }
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }

    private static MimeBodyPart filePart(OutboxAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // name= as well as the disposition's filename: Outlook and some phones look only at the content type
        ContentType contentType = new ContentType(attachment.getContentType());
        contentType.setParameter("name", attachment.getFilename());
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.getContent(),
                contentType.toString())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.getFilename());
        // base64 keeps an invitation's CRLF line ends and folding intact through every mail server
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static boolean isCalendarMessage(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/calendar") && type.contains("method=");
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
