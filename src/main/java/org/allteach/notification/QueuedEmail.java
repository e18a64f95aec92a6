package org.allteach.notification;

import java.time.Instant;

/**
 * A mail in the outbox, as {@link MailOutbox#scheduled(String)} reports it.
 *
 * @param id           the outbox id {@link MailOutbox#queue(Email)} returned
 * @param to           recipient address
 * @param subject      subject line
 * @param sendAt       when the sender tries it next (the send time until the first attempt)
 * @param discardAfter dropped if not sent by then; null: never
 * @param status       where it stands
 * @param sentAt       when it was sent; null until then
 */
public record QueuedEmail(long id, String to, String subject, Instant sendAt, Instant discardAfter, Status status,
                          Instant sentAt) {

    public enum Status {
        /** Waiting for its send time, or for another attempt after a failure. */
        PENDING,
        SENT,
        /** The sender gave up (address refused, message cannot be built, too many failed attempts). */
        FAILED,
        /** Cancelled by its key before it was sent. */
        CANCELLED,
        /** The sender got to it after its discard-after time and dropped it. */
        DISCARDED
    }
}
