package org.allteach.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "outbox_email")
public class OutboxEmail {

    /**
     * PENDING until the sender is done with it: SENT, FAILED (gave up), CANCELLED (by its cancel key before it was
     * sent) or DISCARDED (the sender got to it after its discard-after time).
     */
    public enum Status { PENDING, SENT, FAILED, CANCELLED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "message_id")
    private String messageId;

    /** Extra headers, one "Name: value" a line; null: none. */
    private String headers;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "discard_after")
    private Instant discardAfter;

    @Column(name = "cancel_key")
    private String cancelKey;

    @ElementCollection
    @CollectionTable(name = "outbox_email_attachment", joinColumns = @JoinColumn(name = "email_id"))
    @OrderColumn(name = "position")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEmail() {
    }

    public OutboxEmail(String recipient, String subject, String htmlBody, String textBody, String messageId,
                       Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.htmlBody = htmlBody;
        this.textBody = textBody;
        this.messageId = messageId;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * @param sendAt       not before this instant (null: now)
     * @param discardAfter dropped if the sender gets to it later than this (null: never)
     * @param cancelKey    for {@link OutboxEmailRepository#cancelPending(String)} (null: cannot be cancelled)
     */
    public OutboxEmail(String recipient, String subject, String htmlBody, String textBody, String messageId,
                       Instant now, Instant sendAt, Instant discardAfter, String cancelKey) {
        this(recipient, subject, htmlBody, textBody, messageId, now);
        this.nextAttemptAt = sendAt == null ? now : sendAt;
        this.discardAfter = discardAfter;
        this.cancelKey = cancelKey;
    }

    /** Sends the mail with these extra headers (names and values checked by {@code Email}). */
    public void setHeaders(java.util.Map<String, String> values) {
        StringBuilder lines = new StringBuilder();
        values.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        this.headers = values.isEmpty() ? null : lines.toString();
    }

    /** The extra headers, in the order they were given. */
    public java.util.Map<String, String> getHeaders() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        if (headers != null) {
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    values.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return values;
    }

    public void attach(String filename, String contentType, byte[] content) {
        attachments.add(new OutboxAttachment(filename, contentType, content));
    }

    /** Whether the sender, getting to this mail at {@code now}, is too late to send it. */
    boolean tooLate(Instant now) {
        return discardAfter != null && now.isAfter(discardAfter);
    }

    void discard(Instant now) {
        status = Status.DISCARDED;
        lastError = "Not sent: due before " + discardAfter + ", reached at " + now;
    }

    void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /**
     * A failure that may pass (server down, timeout): try again later, waiting longer each time, until
     * {@code maxAttempts} attempts have failed.
     */
    void retryLater(Instant now, String error, Duration firstDelay, Duration maxDelay, int maxAttempts) {
        if (attempts + 1 >= maxAttempts) {
            giveUp(now, error);
            return;
        }
        attempts++;
        lastError = truncate(error);
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** A failure that will not pass (the message cannot be built, the server refuses the address): stop trying. */
    void giveUp(Instant now, String error) {
        attempts++;
        status = Status.FAILED;
        lastError = truncate(error);
        nextAttemptAt = now;
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDiscardAfter() {
        return discardAfter;
    }

    public String getCancelKey() {
        return cancelKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<OutboxAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
