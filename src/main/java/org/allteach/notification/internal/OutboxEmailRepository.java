package org.allteach.notification.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

public interface OutboxEmailRepository extends JpaRepository<OutboxEmail, Long> {

    /**
     * Locks the next due mail. SKIP LOCKED lets several senders (threads or application nodes) work side by side
     * without ever picking the same mail.
     */
    @NativeQuery("""
            SELECT * FROM outbox_email
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<OutboxEmail> lockNextDue(Instant now);
}
