package org.allteach.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.allteach.coaching.CallReminderMails;
import org.allteach.notification.MailOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's past. The features' services record everything as of today, but a demo that shows a year of work, a
 * cohort that ended last year and coaching calls already held needs some of it to have happened earlier, and no
 * service writes the past (a call cannot be booked yesterday). So the demo writes everything through the services
 * first and then moves a few timestamps of those rows back to when they would have happened. Only timestamps move;
 * nothing is created here.
 */
@Component
class DemoPast {

    private final JdbcTemplate jdbc;
    private final MailOutbox outbox;

    DemoPast(JdbcTemplate jdbc, MailOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** A thread started at {@code at}, its replies following a day apart (posts by number). */
    void threadWritten(long threadId, Instant at) {
        jdbc.update("UPDATE discussion_post SET created_at = DATE_ADD(?, INTERVAL number - 1 DAY) WHERE thread_id = ?",
                ts(at), threadId);
        jdbc.update("""
                UPDATE discussion_thread SET created_at = ?,
                    last_posted_at = (SELECT MAX(p.created_at) FROM discussion_post p WHERE p.thread_id = ?)
                WHERE id = ?""", ts(at), threadId, threadId);
    }

    /**
     * Every month of the collaborative's measures entered on a day of the next month (the due date is the 15th), but
     * never later than now.
     */
    void measuresEnteredOn(long collaborativeId, int dayOfNextMonth) {
        jdbc.update("""
                UPDATE measure_value SET
                    recorded_at = LEAST(UTC_TIMESTAMP(6),
                        DATE_ADD(DATE_ADD(month, INTERVAL 1 MONTH), INTERVAL ? DAY) + INTERVAL 10 HOUR),
                    first_recorded_at = LEAST(UTC_TIMESTAMP(6),
                        DATE_ADD(DATE_ADD(month, INTERVAL 1 MONTH), INTERVAL ? DAY) + INTERVAL 10 HOUR)
                WHERE measure_id IN (SELECT id FROM measure_definition WHERE collaborative_id = ?)""",
                dayOfNextMonth - 1, dayOfNextMonth - 1, collaborativeId);
    }

    /** The same for one team, a team that sends its data late. */
    void teamMeasuresEnteredOn(long teamId, int dayOfNextMonth) {
        jdbc.update("""
                UPDATE measure_value SET
                    recorded_at = LEAST(UTC_TIMESTAMP(6),
                        DATE_ADD(DATE_ADD(month, INTERVAL 1 MONTH), INTERVAL ? DAY) + INTERVAL 10 HOUR),
                    first_recorded_at = LEAST(UTC_TIMESTAMP(6),
                        DATE_ADD(DATE_ADD(month, INTERVAL 1 MONTH), INTERVAL ? DAY) + INTERVAL 10 HOUR)
                WHERE team_id = ?""", dayOfNextMonth - 1, dayOfNextMonth - 1, teamId);
    }

    /**
     * A coaching call booked for the coming days, held some whole weeks ago instead (whole weeks keep it in the
     * coach's hours). Its reminders, written for the booked time, are cancelled.
     */
    void callHeld(long bookingId, int weeksEarlier) {
        int days = 7 * weeksEarlier;
        jdbc.update("""
                UPDATE coaching_booking SET starts_at = DATE_SUB(starts_at, INTERVAL ? DAY),
                    ends_at = DATE_SUB(ends_at, INTERVAL ? DAY), created_at = DATE_SUB(created_at, INTERVAL ? DAY),
                    updated_at = DATE_SUB(updated_at, INTERVAL ? DAY)
                WHERE id = ?""", days, days, days + 7, days + 7, bookingId);
        outbox.cancel(CallReminderMails.key(bookingId));
    }

    /** A collaborative closed on this day rather than today. */
    void closedAt(long collaborativeId, Instant at) {
        jdbc.update("UPDATE collaborative SET closed_at = ? WHERE id = ?", ts(at), collaborativeId);
    }


    private static Timestamp ts(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
