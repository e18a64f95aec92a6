package org.allteach.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

public interface OutboxEmailRepository extends JpaRepository<OutboxEmail, Long> {

    /**
     * Locks the next due mail. SKIP LOCKED lets several senders (threads or application nodes) work side by side
     * without ever picking the same mail, and passes over a mail that a cancelling transaction holds.
     */
    @NativeQuery("""
            SELECT * FROM outbox_email
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<OutboxEmail> lockNextDue(Instant now);

    /**
     * Cancels the pending mail with this key. The update waits for the row lock of a sender that is sending one of
     * them right now and then sees it SENT, so a mail is either cancelled or sent, never both and never lost.
     */
    @Modifying(flushAutomatically = true)
    @Query("update OutboxEmail e set e.status = org.allteach.notification.internal.OutboxEmail.Status.CANCELLED "
            + "where e.cancelKey = :cancelKey and e.status = org.allteach.notification.internal.OutboxEmail.Status.PENDING")
    int cancelPending(String cancelKey);

    List<OutboxEmail> findByCancelKeyOrderByNextAttemptAtAscIdAsc(String cancelKey);
}
