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
import org.allteach.messaging.ConversationContext;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A 1:1 or group conversation in a context. People are referenced by id. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ConversationContext.Kind context;

    @Column(name = "collaborative_id")
    private Long collaborativeId;

    private String subject;

    @Column(name = "pair_key")
    private String pairKey;

    @Column(name = "started_by")
    private long startedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_message_id")
    private Long lastMessageId;

    protected Conversation() {
    }

    public Conversation(ConversationContext context, String subject, String pairKey, long startedBy, Instant now) {
        this.context = context.kind();
        this.collaborativeId = context.collaborativeId();
        this.subject = subject;
        this.pairKey = pairKey;
        this.startedBy = startedBy;
        this.createdAt = now;
    }

    /** The key that makes a 1:1 conversation unique in its context, whoever starts it. */
    public static String pairKey(long personId, long otherPersonId) {
        return Math.min(personId, otherPersonId) + ":" + Math.max(personId, otherPersonId);
    }

    public Long getId() {
        return id;
    }

    public ConversationContext getContext() {
        return new ConversationContext(context, collaborativeId);
    }

    public String getSubject() {
        return subject;
    }

    /** A 1:1 conversation, as opposed to a group. */
    public boolean isDirect() {
        return pairKey != null;
    }

    public long getLastMessageId() {
        return lastMessageId == null ? 0 : lastMessageId;
    }
}
