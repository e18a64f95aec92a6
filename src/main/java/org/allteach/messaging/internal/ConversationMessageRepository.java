package org.allteach.messaging.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConversationMessageRepository extends JpaRepository<ConversationMessage, Long> {

    /** The newest messages before an id, newest first. */
    List<ConversationMessage> findByConversationIdAndIdLessThanOrderByIdDesc(long conversationId, long beforeId,
                                                                             Limit limit);

    /** Messages after an id, oldest first. */
    List<ConversationMessage> findByConversationIdAndIdGreaterThanOrderByIdAsc(long conversationId, long afterId,
                                                                               Limit limit);

    /** When each person last wrote in a conversation of the collaborative, since a moment. */
    @Query("""
            select m.senderId as personId, max(m.createdAt) as lastSentAt from ConversationMessage m
            join Conversation c on c.id = m.conversationId
            where c.collaborativeId = :collaborativeId and m.createdAt >= :since
            group by m.senderId""")
    List<LastSent> lastSentBySender(long collaborativeId, Instant since);

    interface LastSent {
        long getPersonId();

        Instant getLastSentAt();
    }
}
