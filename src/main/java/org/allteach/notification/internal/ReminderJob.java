package org.allteach.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.allteach.notification.ReminderProperties;
import org.allteach.notification.ReminderSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks every {@link ReminderSource} for the reminders that fell due since it last asked. Per source, one transaction
 * locks the source's row in {@code notification_reminder_run}, asks for {@code (mark, now]} and moves the mark to now:
 * a second node waits for the lock and then finds nothing left to ask, a failed run leaves the mark where it was and
 * the next poll asks again (the reminders' source keys keep anyone from hearing twice). After a pause longer than
 * {@code catch-up} the job looks back only that far.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final List<ReminderSource> sources;
    private final JdbcClient jdbc;
    private final ReminderProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderJob(List<ReminderSource> sources, JdbcClient jdbc, ReminderProperties properties,
                TransactionTemplate transactions, Clock clock) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${allteach.reminders.poll:5m}", initialDelayString = "${allteach.reminders.poll:5m}")
    void poll() {
        runDue();
    }

    /** Asks every source once; returns how many people were told. A source that fails is asked again next time. */
    public int runDue() {
        int told = 0;
        for (ReminderSource source : sources) {
            try {
                Integer count = transactions.execute(tx -> run(source));
                told += count == null ? 0 : count;
            } catch (RuntimeException e) {
                log.warn("Reminders of {} not sent, will try again: {}", source.name(), e.getMessage(), e);
            }
        }
        return told;
    }

    private int run(ReminderSource source) {
        jdbc.sql("INSERT IGNORE INTO notification_reminder_run (source) VALUES (:source)")
                .param("source", source.name()).update();
        Optional<LocalDateTime> mark = jdbc.sql(
                        "SELECT due_until FROM notification_reminder_run WHERE source = :source FOR UPDATE")
                .param("source", source.name()).query(LocalDateTime.class).optional();
        Instant now = clock.instant();
        Instant earliest = now.minus(properties.catchUp());
        Instant from = mark.map(time -> time.toInstant(ZoneOffset.UTC)).filter(time -> time.isAfter(earliest))
                .orElse(earliest);
        if (!from.isBefore(now)) {
            return 0;
        }
        int told = source.remind(from, now);
        jdbc.sql("UPDATE notification_reminder_run SET due_until = :now WHERE source = :source")
                .param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).param("source", source.name()).update();
        return told;
    }
}
