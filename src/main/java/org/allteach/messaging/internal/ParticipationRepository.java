package org.allteach.messaging.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.allteach.messaging.ConversationContext;
import org.allteach.messaging.MessageKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ParticipationRepository extends JpaRepository<Participation, Long> {

    Optional<Participation> findByConversationIdAndPersonId(long conversationId, long personId);

    List<Participation> findByConversationId(long conversationId);

    long countByPersonId(long personId);

    List<Participation> findByConversationIdIn(Collection<Long> conversationIds);

    /** Everyone in the conversation sees it move to the top of their list. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Participation p set p.lastActivityAt = :at
            where p.conversationId = :conversationId and p.lastActivityAt < :at""")
    void touch(long conversationId, Instant at);

    /** @return 1 when the person's read state moved forward, 0 when they had read that far already */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Participation p set p.lastReadMessageId = :messageId
            where p.conversationId = :conversationId and p.personId = :personId and p.lastReadMessageId < :messageId""")
    int markRead(long conversationId, long personId, long messageId);

    /** Messages by others after the person's last-read message, over all their conversations: one query. */
    @Query("""
            select count(m) from Participation p, ConversationMessage m
            where p.personId = :personId and m.conversationId = p.conversationId
              and m.id > p.lastReadMessageId and m.senderId <> :personId""")
    long countUnread(long personId);

    /**
     * One page of the person's conversations, most recent first, each with its newest message and unread count, in
     * one query (the index on person and last activity gives the order).
     */
    @Query("""
            select p.conversationId as conversationId, c.context as context, c.collaborativeId as collaborativeId,
                   c.subject as subject, c.pairKey as pairKey, m.senderId as lastSenderId, m.kind as lastKind,
                   substring(m.body, 1, 300) as lastBody, p.lastActivityAt as lastActivityAt,
                   (select count(u) from ConversationMessage u
                    where u.conversationId = p.conversationId and u.id > p.lastReadMessageId
                      and u.senderId <> p.personId) as unread
            from Participation p
            join Conversation c on c.id = p.conversationId
            left join ConversationMessage m on m.id = c.lastMessageId
            where p.personId = :personId
            order by p.lastActivityAt desc, p.conversationId desc""")
    List<InboxRow> findInbox(long personId, Pageable page);

    interface InboxRow {
        long getConversationId();

        ConversationContext.Kind getContext();

        Long getCollaborativeId();

        String getSubject();

        String getPairKey();

        Long getLastSenderId();

        MessageKind getLastKind();

        String getLastBody();

        Instant getLastActivityAt();

        long getUnread();
    }
}
