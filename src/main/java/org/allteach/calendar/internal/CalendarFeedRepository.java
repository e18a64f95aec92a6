package org.allteach.calendar.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    /**
     * Makes the person's feed unless they have one; returns 1 if this call made it. Two pages opened at once cannot
     * both make one (the person id is the key), and neither fails.
     */
    @Modifying
    @Transactional
    @NativeQuery("""
            INSERT IGNORE INTO calendar_feed (person_id, token_hash, created_at)
            VALUES (:personId, :tokenHash, :now)""")
    int createIfMissing(long personId, String tokenHash, Instant now);

    /** Gives the person's feed a new token (making the feed if they had none): the old link stops working. */
    @Modifying
    @Transactional
    @NativeQuery("""
            INSERT INTO calendar_feed (person_id, token_hash, created_at)
            VALUES (:personId, :tokenHash, :now)
            ON DUPLICATE KEY UPDATE token_hash = :tokenHash, created_at = :now, last_fetched_at = NULL""")
    void replaceToken(long personId, String tokenHash, Instant now);

    @Modifying
    @Transactional
    @Query("update CalendarFeed f set f.lastFetchedAt = :now where f.personId = :personId")
    void markFetched(long personId, Instant now);
}
