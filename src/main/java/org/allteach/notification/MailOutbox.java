package org.allteach.notification;

import java.time.Clock;
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
        return emails.save(new OutboxEmail(email.to(), email.subject(), body.html(), body.text(), messageId,
                clock.instant())).getId();
    }
}
