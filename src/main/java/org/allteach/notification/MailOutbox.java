package org.allteach.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.allteach.notification.internal.MailTemplates;
import org.allteach.notification.internal.OutboxEmail;
import org.allteach.notification.internal.OutboxEmailRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues email in the caller's transaction: if the change that causes the mail rolls back, no mail goes out;
 * if it commits, the mail is delivered even when the SMTP server is down right now.
 */
@Service
public class MailOutbox {

    private final OutboxEmailRepository emails;
    private final MailTemplates templates;
    private final MailProperties properties;
    private final Clock clock;

    MailOutbox(OutboxEmailRepository emails, MailTemplates templates, MailProperties properties, Clock clock) {
        this.emails = emails;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /** Renders the email now and stores it for the sender; returns the outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Email email) {
        MailTemplates.Rendered body = templates.render(email.template(), email.model(), email.locale());
        String messageId = "<" + UUID.randomUUID() + "@" + properties.messageIdDomain() + ">";
        OutboxEmail queued = new OutboxEmail(email.to(), email.subject(), body.html(), body.text(), messageId,
                clock.instant(), email.sendAt(), email.discardAfter(), email.cancelKey());
        queued.setHeaders(email.headers());
        email.attachments().forEach(file -> queued.attach(file.filename(), file.contentType(), file.content()));
        return emails.save(queued).getId();
    }

    /**
     * Cancels every mail with this key that has not been sent yet, in the caller's transaction (a booking's
     * reminders go with its cancellation, or stay if that rolls back). Mail already sent stays sent. A mail the
     * sender is sending at this moment is not cancelled: this waits until the sender is done (it holds the mail's
     * row lock while it talks to the SMTP server). Returns how many were cancelled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancel(String cancelKey) {
        return emails.cancelPending(cancelKey);
    }

    /** Every mail queued with this key, sent or not, in the order they are (or were) due. */
    @Transactional(readOnly = true)
    public List<QueuedEmail> scheduled(String cancelKey) {
        return emails.findByCancelKeyOrderByNextAttemptAtAscIdAsc(cancelKey).stream()
                .map(email -> new QueuedEmail(email.getId(), email.getRecipient(), email.getSubject(),
                        email.getNextAttemptAt(), email.getDiscardAfter(),
                        QueuedEmail.Status.valueOf(email.getStatus().name()), email.getSentAt()))
                .toList();
    }
}
