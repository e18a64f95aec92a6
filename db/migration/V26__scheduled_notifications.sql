-- Scheduled notifications: event and call reminders, claim windows closing; one grouped item per group however
-- many arrive at once. See docs/decisions/0036-scheduled-notifications.md.

-- How far the reminder job has asked each feature's reminders: the next run asks from here to its now. The job locks
-- the row while it asks, so two nodes never ask for the same stretch at once.
CREATE TABLE notification_reminder_run (
    source    VARCHAR(64) NOT NULL PRIMARY KEY,
    due_until DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person, locked (upsert) before a grouped item is looked up: two first reactions to a post committed at
-- the same moment otherwise both find no unread item and make two.
CREATE TABLE notification_recipient_lock (
    person_id BIGINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders look up calls by start time, and attendance by when it was recorded (it opens the claim window).
CREATE INDEX ix_coaching_booking_start ON coaching_booking (starts_at);
CREATE INDEX ix_credit_attendance_recorded ON credit_attendance (recorded_at);
