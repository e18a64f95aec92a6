package org.allteach.messaging.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person in a conversation, with how far they have read. */
@Entity
@Table(name = "conversation_participant")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id")
    private long conversationId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "last_read_message_id")
    private long lastReadMessageId;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    protected Participation() {
    }

    /**
     * @param readUpTo the message id they have seen up to: what was said before they joined does not count as unread
     */
    public Participation(long conversationId, long personId, long readUpTo, Instant now) {
        this.conversationId = conversationId;
        this.personId = personId;
        this.joinedAt = now;
        this.lastReadMessageId = readUpTo;
        this.lastActivityAt = now;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getLastReadMessageId() {
        return lastReadMessageId;
    }
}
