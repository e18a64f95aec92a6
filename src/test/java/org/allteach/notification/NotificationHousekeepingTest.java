package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.allteach.notification.internal.NotificationHousekeeping;
import org.allteach.shared.SecureToken;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly housekeeping deletes by age what has served its purpose, and nothing that still waits or works. */
class NotificationHousekeepingTest extends IntegrationTestBase {

    @Autowired
    NotificationHousekeeping housekeeping;
    @Autowired
    Unsubscribes unsubscribes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readItemsSentMailAndOldLinksGoWhileUnreadItemsWaitingMailAndRecentLinksStay() {
        Person person = scenarios.newPerson("Hana Housekeeping");
        Instant now = clock.instant();
        long readLongAgo = notification(person, ago(now, 200), ago(now, 190));
        long readLately = notification(person, ago(now, 20), ago(now, 10));
        long unreadLongAgo = notification(person, ago(now, 300), null);
        long sentLongAgo = mail("SENT", ago(now, 100));
        long cancelledLongAgo = mail("CANCELLED", ago(now, 100));
        long sentLately = mail("SENT", ago(now, 30));
        // a reminder queued long ago for months ahead (the sender would take one already due)
        long pendingLongAgo = mail("PENDING", ago(now, 100), ago(now, -60));
        long failedLongAgo = mail("FAILED", ago(now, 100));
        String oldLink = unsubscribeLink(person, ago(now, 500));
        String recentLink = unsubscribeLink(person, ago(now, 300));
        String oldKey = sourceKey(person, ago(now, 500));
        String recentKey = sourceKey(person, ago(now, 30));
        String oldPeriod = digest(person, ago(now, 100));
        String recentPeriod = digest(person, ago(now, 8));

        assertThat(housekeeping.clean()).isGreaterThanOrEqualTo(6);

        assertThat(ids("SELECT id FROM notification WHERE recipient_id = ?", person.id()))
                .containsExactlyInAnyOrder(readLately, unreadLongAgo).doesNotContain(readLongAgo);
        assertThat(ids("SELECT id FROM outbox_email WHERE id IN (?, ?, ?, ?, ?)", sentLongAgo, cancelledLongAgo,
                sentLately, pendingLongAgo, failedLongAgo))
                .as("sent and cancelled mail goes after 90 days; waiting and failed mail stays")
                .containsExactlyInAnyOrder(sentLately, pendingLongAgo, failedLongAgo);
        assertThat(unsubscribes.open(oldLink).valid()).isFalse();
        assertThat(unsubscribes.open(recentLink).valid()).as("a ten-month-old email's link still works").isTrue();
        assertThat(jdbc.queryForList("SELECT source_key FROM notification_source WHERE recipient_id = ?",
                String.class, person.id())).containsExactly(recentKey).doesNotContain(oldKey);
        assertThat(jdbc.queryForList("SELECT period FROM notification_digest WHERE person_id = ?", String.class,
                person.id())).containsExactly(recentPeriod).doesNotContain(oldPeriod);
    }

    private static Instant ago(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long notification(Person person, Instant created, Instant read) {
        String title = "A thread " + Scenarios.unique();
        jdbc.update("INSERT INTO notification (recipient_id, type, action, title, body, link, created_at, updated_at,"
                        + " read_at) VALUES (?, 'REPLY', 'replied', ?, 'Words', 'discuss', ?, ?, ?)",
                person.id(), title, utc(created), utc(created), utc(read));
        return jdbc.queryForObject("SELECT id FROM notification WHERE title = ?", Long.class, title);
    }

    private long mail(String status, Instant created) {
        return mail(status, created, created);
    }

    private long mail(String status, Instant created, Instant nextAttempt) {
        String messageId = "<" + Scenarios.unique() + "@allteach.test>";
        jdbc.update("INSERT INTO outbox_email (recipient, subject, html_body, text_body, message_id, status,"
                        + " next_attempt_at, created_at) VALUES ('hana@example.org', 'Old news', '<p>Hi</p>', 'Hi', ?,"
                        + " ?, ?, ?)", messageId, status, utc(nextAttempt), utc(created));
        return jdbc.queryForObject("SELECT id FROM outbox_email WHERE message_id = ?", Long.class, messageId);
    }

    private String unsubscribeLink(Person person, Instant created) {
        SecureToken token = SecureToken.generate();
        jdbc.update("INSERT INTO notification_unsubscribe (token_hash, person_id, type, created_at)"
                + " VALUES (?, ?, 'REPLY', ?)", token.hash(), person.id(), utc(created));
        return token.value();
    }

    private String sourceKey(Person person, Instant created) {
        String key = "housekeeping-" + Scenarios.unique();
        jdbc.update("INSERT INTO notification_source (recipient_id, source_key, created_at) VALUES (?, ?, ?)",
                person.id(), key, utc(created));
        return key;
    }

    private String digest(Person person, Instant created) {
        String period = "DAILY:" + created.atZone(ZoneOffset.UTC).toLocalDate();
        jdbc.update("INSERT INTO notification_digest (person_id, period, items, created_at) VALUES (?, ?, 1, ?)",
                person.id(), period, utc(created));
        return period;
    }

    private List<Long> ids(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args);
    }
}
