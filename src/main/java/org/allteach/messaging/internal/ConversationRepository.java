package org.allteach.messaging.internal;

import java.util.Optional;

import org.allteach.messaging.ConversationContext;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConversationRepository extends JpaRepository<Conversation, Long> {

    @Query("""
            select c from Conversation c
            where c.context = :kind and c.pairKey = :pairKey
              and (c.collaborativeId = :collaborativeId or (c.collaborativeId is null and :collaborativeId is null))""")
    Optional<Conversation> findDirect(ConversationContext.Kind kind, Long collaborativeId, String pairKey);

    default Optional<Conversation> findDirect(ConversationContext context, String pairKey) {
        return findDirect(context.kind(), context.collaborativeId(), pairKey);
    }

    /** Moves the newest-message pointer forward only, so two messages sent at once leave the newer one there. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Conversation c set c.lastMessageId = :messageId
            where c.id = :conversationId and (c.lastMessageId is null or c.lastMessageId < :messageId)""")
    void advanceLastMessage(long conversationId, long messageId);
}
