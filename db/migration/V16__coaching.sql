-- One-on-one coaching calls: each coach's availability, and the calls people book with them.
-- See docs/decisions/0020-coaching-bookings.md.

-- A coach's booking settings, one row per coach (across all collaboratives they coach in: one calendar per person).
-- The booking transaction locks this row (SELECT ... FOR UPDATE), so bookings with one coach happen one at a time.
CREATE TABLE coaching_availability (
    coach_id               BIGINT       NOT NULL PRIMARY KEY,
    time_zone              VARCHAR(64)  NOT NULL,
    buffer_before_minutes  INT          NOT NULL,
    buffer_after_minutes   INT          NOT NULL,
    minimum_notice_minutes INT          NOT NULL,
    days_ahead             INT          NOT NULL,
    max_calls_per_day      INT          NOT NULL,
    -- Call lengths offered in minutes, comma-separated and ascending, e.g. "30,60".
    call_lengths           VARCHAR(100) NOT NULL,
    start_interval_minutes INT          NOT NULL,
    -- Where calls happen (a video meeting link, a phone number), put into the invitations; NULL: agreed per call.
    meeting_place          VARCHAR(300) NULL,
    updated_at             DATETIME(6)  NOT NULL,
    CONSTRAINT fk_coaching_availability_coach FOREIGN KEY (coach_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Weekly hours in the coach's own time zone (local times, so "Mondays 9:00-12:00" stays 9:00 across DST changes).
-- An end of 00:00 means midnight at the end of the day.
CREATE TABLE coaching_weekly_rule (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    coach_id    BIGINT      NOT NULL,
    day_of_week VARCHAR(9)  NOT NULL,
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    CONSTRAINT fk_coaching_weekly_rule_coach FOREIGN KEY (coach_id) REFERENCES coaching_availability (coach_id)
        ON DELETE CASCADE,
    CONSTRAINT ck_coaching_weekly_rule_order CHECK (start_time < end_time OR end_time = '00:00:00'),
    INDEX ix_coaching_weekly_rule_coach (coach_id, day_of_week, start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dates whose hours replace the weekly rules: one row per time range, or one row without times for a day off.
CREATE TABLE coaching_date_override (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    coach_id   BIGINT NOT NULL,
    on_date    DATE   NOT NULL,
    start_time TIME   NULL,
    end_time   TIME   NULL,
    CONSTRAINT fk_coaching_date_override_coach FOREIGN KEY (coach_id) REFERENCES coaching_availability (coach_id)
        ON DELETE CASCADE,
    CONSTRAINT ck_coaching_date_override_hours CHECK ((start_time IS NULL AND end_time IS NULL)
        OR (start_time IS NOT NULL AND end_time IS NOT NULL
        AND (start_time < end_time OR end_time = '00:00:00'))),
    INDEX ix_coaching_date_override_coach (coach_id, on_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booked call. Cancelled calls stay (history, the cancellation mail); only confirmed ones occupy the coach.
CREATE TABLE coaching_booking (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- The iCalendar UID: the same across reschedules, so calendars move the event instead of adding another.
    uid              VARCHAR(80)   NOT NULL,
    coach_id         BIGINT        NOT NULL,
    participant_id   BIGINT        NOT NULL,
    collaborative_id BIGINT        NOT NULL,
    team_id          BIGINT        NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    -- iCalendar SEQUENCE: raised at every reschedule and at the cancellation.
    sequence         INT           NOT NULL DEFAULT 0,
    agenda           TEXT          NOT NULL,
    thread_id        BIGINT        NULL,
    -- The thread's title when the call was booked, for mail (sent with nobody signed in to look it up as).
    thread_title     VARCHAR(200)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    cancelled_at     DATETIME(6)   NULL,
    cancelled_by     BIGINT        NULL,
    cancel_reason    VARCHAR(500)  NULL,
    -- The start of a confirmed call, NULL once cancelled: a coach cannot have two confirmed calls starting at the
    -- same moment, whatever the application does (the row lock above handles overlaps of different lengths).
    active_start     DATETIME(6) AS (IF(status = 'CONFIRMED', starts_at, NULL)) PERSISTENT,
    CONSTRAINT uk_coaching_booking_uid UNIQUE (uid),
    CONSTRAINT uk_coaching_booking_coach_start UNIQUE (coach_id, active_start),
    CONSTRAINT fk_coaching_booking_coach FOREIGN KEY (coach_id) REFERENCES person (id),
    CONSTRAINT fk_coaching_booking_participant FOREIGN KEY (participant_id) REFERENCES person (id),
    CONSTRAINT fk_coaching_booking_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_coaching_booking_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_coaching_booking_times CHECK (starts_at < ends_at),
    CONSTRAINT ck_coaching_booking_status CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    INDEX ix_coaching_booking_coach (coach_id, starts_at),
    INDEX ix_coaching_booking_participant (participant_id, starts_at),
    INDEX ix_coaching_booking_collaborative (collaborative_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Emailed "Reschedule" / "Cancel" links: each identifies one booking and one party (coach or participant). Only the
-- SHA-256 hash of the token is stored (docs/decisions/0006-emailed-links.md).
CREATE TABLE coaching_booking_link (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_id BIGINT      NOT NULL,
    party      VARCHAR(16) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_coaching_booking_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_coaching_booking_link_booking FOREIGN KEY (booking_id) REFERENCES coaching_booking (id),
    CONSTRAINT ck_coaching_booking_link_party CHECK (party IN ('COACH', 'PARTICIPANT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
