package org.allteach.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail settings (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from   sender shown to recipients
 * @param outbox how the outbox sender polls and retries
 */
@ConfigurationProperties("allteach.mail")
public record MailProperties(
        @DefaultValue("AllTeach <no-reply@allteach.local>") String from,
        @DefaultValue Outbox outbox) {

    /** The domain part of Message-IDs: the sender's domain. */
    public String messageIdDomain() {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "allteach.local" : from.substring(at + 1);
        return domain.replace(">", "").strip();
    }

    /**
     * @param pollInterval    how often the sender looks for due mail
     * @param batchSize       how many mails one poll sends at most
     * @param firstRetryDelay wait after the first failure; doubles with each further failure
     * @param maxRetryDelay   the longest wait between attempts
     * @param maxAttempts     after this many failed attempts (about two days with the defaults) a mail is marked
     *                        failed and no longer tried
     */
    public record Outbox(
            @DefaultValue("10s") Duration pollInterval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("30s") Duration firstRetryDelay,
            @DefaultValue("1h") Duration maxRetryDelay,
            @DefaultValue("48") int maxAttempts) {
    }
}
