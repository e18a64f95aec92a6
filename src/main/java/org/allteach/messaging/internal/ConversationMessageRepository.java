package org.allteach.messaging.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationMessageRepository extends JpaRepository<ConversationMessage, Long> {

    /** The newest messages before an id, newest first. */
    List<ConversationMessage> findByConversationIdAndIdLessThanOrderByIdDesc(long conversationId, long beforeId,
                                                                             Limit limit);

    /** Messages after an id, oldest first. */
    List<ConversationMessage> findByConversationIdAndIdGreaterThanOrderByIdAsc(long conversationId, long afterId,
                                                                               Limit limit);
}
