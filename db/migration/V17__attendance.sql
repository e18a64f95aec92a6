-- Attendance at calendar events (it feeds continuing-education credit).

-- Check-in for one event: attendees type the short code shown during the session while the window is open. One row
-- per event; opening it again gives a new code. The code is unique among all check-ins, so the check-in page needs
-- nothing but the code.
CREATE TABLE calendar_check_in (
    event_id  BIGINT      NOT NULL PRIMARY KEY,
    code      CHAR(6)     NOT NULL,
    opens_at  DATETIME(6) NOT NULL,
    closes_at DATETIME(6) NOT NULL,
    opened_by BIGINT      NOT NULL,
    CONSTRAINT uk_calendar_check_in_code UNIQUE (code),
    CONSTRAINT fk_calendar_check_in_event FOREIGN KEY (event_id) REFERENCES calendar_event (id),
    CONSTRAINT fk_calendar_check_in_opener FOREIGN KEY (opened_by) REFERENCES person (id),
    CONSTRAINT ck_calendar_check_in_window CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who attended an event and for how many minutes. source: CODE (checked in with the code), MARKED (by the host or an
-- organiser), IMPORTED (from an attendance list, e.g. a video-meeting report). One row per person and event.
CREATE TABLE calendar_attendance (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    minutes     INT         NOT NULL,
    source      VARCHAR(16) NOT NULL,
    recorded_by BIGINT      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_calendar_attendance UNIQUE (event_id, person_id),
    CONSTRAINT fk_calendar_attendance_event FOREIGN KEY (event_id) REFERENCES calendar_event (id),
    CONSTRAINT fk_calendar_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_calendar_attendance_recorder FOREIGN KEY (recorded_by) REFERENCES person (id),
    CONSTRAINT ck_calendar_attendance_minutes CHECK (minutes >= 0),
    INDEX ix_calendar_attendance_person (person_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
