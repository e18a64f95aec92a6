package org.allteach.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.allteach.notification.NotificationType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findByRecipientIdOrderByUpdatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    /**
     * Takes the person's lock row until the transaction ends (making it first if need be): grouped items of one person
     * are looked up and made one transaction at a time, so two first reactions at once make one item, not two. An
     * upsert, not INSERT IGNORE plus SELECT … FOR UPDATE: a duplicate key gives InnoDB only a shared lock.
     */
    @Modifying
    @NativeQuery("INSERT INTO notification_recipient_lock (person_id) VALUES (:personId) "
            + "ON DUPLICATE KEY UPDATE person_id = person_id")
    void lockRecipient(long personId);

    /**
     * The unread item of a group (normally one), locked with its actors: a locking read sees what the transaction that
     * held the recipient's lock before committed, where a plain read of the actors would see this transaction's older
     * snapshot, and saving would then replace the actors with that stale list.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select n from Notification n left join fetch n.actors
            where n.recipientId = :recipientId and n.groupKey = :groupKey and n.readAt is null
            order by n.id desc""")
    List<Notification> findUnreadInGroup(long recipientId, String groupKey);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    /**
     * Remembers that a source event notified a person; 0 when it already had (the event was delivered twice), and
     * then nothing more is done. A second transaction inserting the same key waits for the first and then finds it.
     */
    @Modifying
    @NativeQuery("INSERT IGNORE INTO notification_source (recipient_id, source_key, created_at) "
            + "VALUES (:recipientId, :sourceKey, :now)")
    int claimSource(long recipientId, String sourceKey, Instant now);

    /** Replaces the excerpt of the items made by these sources or in this group. */
    @Modifying
    @Query("""
            update Notification n set n.body = :body
            where n.body <> :body and (n.sourceKey in :sourceKeys or n.groupKey = :groupKey)""")
    int retext(Collection<String> sourceKeys, String groupKey, String body);

    @Query("""
            select distinct n.recipientId from Notification n
            where n.body <> :body and (n.sourceKey in :sourceKeys or n.groupKey = :groupKey)""")
    List<Long> recipientsToRetext(Collection<String> sourceKeys, String groupKey, String body);

    /**
     * The next page of people with unread items no email has carried yet, after {@code afterId} in id order: the
     * digest job's work list, read a page at a time from the waiting index.
     */
    @Query("""
            select distinct n.recipientId from Notification n
            where n.emailedAt is null and n.readAt is null and n.recipientId > :afterId
            order by n.recipientId""")
    List<Long> recipientsWithWaitingItems(long afterId, Limit limit);

    /** A person's unread, not yet emailed items of these types from before {@code before}, oldest first. */
    @Query("""
            select n from Notification n
            where n.recipientId = :recipientId and n.type in :types and n.emailedAt is null and n.readAt is null
              and n.updatedAt < :before
            order by n.updatedAt, n.id""")
    List<Notification> waiting(long recipientId, Collection<NotificationType> types, Instant before);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.emailedAt = :now, n.digestId = :digestId where n.id in :ids")
    int markDigested(Collection<Long> ids, long digestId, Instant now);

    /** Writes the ledger row of one person's digest; 0 when that period's digest exists already. */
    @Modifying
    @NativeQuery("INSERT IGNORE INTO notification_digest (person_id, period, items, created_at) "
            + "VALUES (:personId, :period, :items, :now)")
    int claimDigest(long personId, String period, int items, Instant now);

    @NativeQuery("SELECT id FROM notification_digest WHERE person_id = :personId AND period = :period")
    long digestId(long personId, String period);

    @Modifying
    @NativeQuery("UPDATE notification_digest SET outbox_id = :outboxId WHERE id = :digestId")
    int recordDigestMail(long digestId, long outboxId);

    @NativeQuery("SELECT COUNT(*) FROM notification_digest WHERE person_id = :personId AND period = :period")
    int digestsFor(long personId, String period);

    /** Notes a visit, writing at most once an hour per person. */
    @Modifying
    @NativeQuery("""
            INSERT INTO notification_visit (person_id, last_visit_at) VALUES (:personId, :now)
            ON DUPLICATE KEY UPDATE last_visit_at = IF(last_visit_at < :hourAgo, :now, last_visit_at)""")
    int recordVisit(long personId, Instant now, Instant hourAgo);

    /** Whether the person visited at or after {@code since} (compared in SQL, as the visit was written). */
    @NativeQuery("SELECT COUNT(*) FROM notification_visit WHERE person_id = :personId AND last_visit_at >= :since")
    int visitedSince(long personId, Instant since);
}
