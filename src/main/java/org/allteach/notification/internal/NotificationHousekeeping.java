package org.allteach.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.allteach.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, once a night, what has served its purpose, so the notification tables grow with activity, not with time:
 * read bell items; sent, cancelled and discarded mail and the digest ledger's past periods (no digest job looks more
 * than a week back); unsubscribe links and source keys after a year or so (an old email's link still works for that
 * long, and an event replayed within it still notifies nobody twice). Unread items, pending and failed mail stay.
 * Deletes go in batches so no statement holds locks for long; running on two nodes at once only repeats deletes.
 */
@Component
public class NotificationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(NotificationHousekeeping.class);
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationHousekeeping(JdbcClient jdbc, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${allteach.notifications.housekeeping-cron:0 40 3 * * *}")
    void nightly() {
        int deleted = clean();
        if (deleted > 0) {
            log.info("Notification housekeeping deleted {} rows", deleted);
        }
    }

    /** Deletes everything past its keeping time; returns how many rows went. */
    public int clean() {
        Instant now = clock.instant();
        Instant read = now.minus(properties.keepReadNotifications());
        Instant mail = now.minus(properties.keepSentMail());
        Instant links = now.minus(properties.keepLinksAndKeys());
        // ORDER BY makes each batch the same rows on a statement-replicated replica
        return inBatches("DELETE FROM notification WHERE read_at < :before ORDER BY read_at LIMIT :batch", read)
                + inBatches("DELETE FROM outbox_email WHERE status IN ('SENT', 'CANCELLED', 'DISCARDED')"
                + " AND created_at < :before ORDER BY created_at, id LIMIT :batch", mail)
                + inBatches("DELETE FROM notification_digest WHERE created_at < :before ORDER BY created_at, id"
                + " LIMIT :batch", mail)
                + inBatches("DELETE FROM notification_unsubscribe WHERE created_at < :before"
                + " ORDER BY created_at, token_hash LIMIT :batch", links)
                + inBatches("DELETE FROM notification_source WHERE created_at < :before"
                + " ORDER BY created_at, recipient_id, source_key LIMIT :batch", links);
    }

    private int inBatches(String delete, Instant before) {
        LocalDateTime utc = LocalDateTime.ofInstant(before, ZoneOffset.UTC);
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(delete).param("before", utc).param("batch", BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
