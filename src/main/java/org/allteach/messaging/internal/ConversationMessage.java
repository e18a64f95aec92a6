package org.allteach.messaging.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.messaging.MessageKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A message as written (Markdown), or a note the portal wrote. Never changed once sent. */
@Entity
@Table(name = "conversation_message")
public class ConversationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id")
    private long conversationId;

    @Column(name = "sender_id")
    private long senderId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MessageKind kind;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ConversationMessage() {
    }

    public ConversationMessage(long conversationId, long senderId, MessageKind kind, String body, Instant now) {
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.kind = kind;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getSenderId() {
        return senderId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
