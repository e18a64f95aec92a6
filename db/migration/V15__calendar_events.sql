-- The calendar: learning sessions, fireside chats, webinars, office hours and team meetings of a collaborative.
-- Every occurrence is its own calendar_event row (RSVPs, check-in and attendance attach to one occurrence); a
-- repeating event's occurrences share a calendar_series, which keeps the rule they were generated from.

-- How a series repeats. first_start is the local wall-clock time in time_zone (no zone conversion), so "10:00 in New
-- York" stays 10:00 there across daylight-saving changes; occurrences are generated from it. Exactly one of
-- until_date (last local date, inclusive) and occurrence_count ends the series.
CREATE TABLE calendar_series (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id BIGINT      NOT NULL,
    frequency        VARCHAR(24) NOT NULL,
    time_zone        VARCHAR(64) NOT NULL,
    first_start      DATETIME    NOT NULL,
    duration_minutes INT         NOT NULL,
    until_date       DATE        NULL,
    occurrence_count INT         NULL,
    created_by       BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_calendar_series_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_calendar_series_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT ck_calendar_series_end CHECK ((until_date IS NULL) <> (occurrence_count IS NULL)),
    CONSTRAINT ck_calendar_series_duration CHECK (duration_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One event, or one occurrence of a series. start_at/end_at are UTC instants; time_zone is the zone it was planned in
-- (shown to the host, used when a series is regenerated). audience COLLABORATIVE: every member of the collaborative;
-- TEAMS: the teams in calendar_event_team. seat_limit only for office hours. A cancelled event keeps its row (and its
-- RSVPs) and is shown as cancelled; host_id is who runs it (busy for them, e.g. for coaching slots).
CREATE TABLE calendar_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL,
    series_id        BIGINT       NULL,
    kind             VARCHAR(24)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    description      TEXT         NULL,
    description_html TEXT         NOT NULL,
    start_at         DATETIME(6)  NOT NULL,
    end_at           DATETIME(6)  NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    meeting_link     VARCHAR(500) NULL,
    place            VARCHAR(200) NULL,
    audience         VARCHAR(16)  NOT NULL,
    seat_limit       INT          NULL,
    host_id          BIGINT       NOT NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    cancelled_at     DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_calendar_event_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_calendar_event_series FOREIGN KEY (series_id) REFERENCES calendar_series (id),
    CONSTRAINT fk_calendar_event_host FOREIGN KEY (host_id) REFERENCES person (id),
    CONSTRAINT fk_calendar_event_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT ck_calendar_event_times CHECK (end_at > start_at),
    CONSTRAINT ck_calendar_event_seats CHECK (seat_limit IS NULL OR seat_limit >= 1),
    INDEX ix_calendar_event_collaborative (collaborative_id, start_at),
    INDEX ix_calendar_event_series (series_id, start_at),
    INDEX ix_calendar_event_host (host_id, start_at),
    INDEX ix_calendar_event_start (start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The teams of an event whose audience is TEAMS (one team for a team meeting).
CREATE TABLE calendar_event_team (
    event_id BIGINT NOT NULL,
    team_id  BIGINT NOT NULL,
    PRIMARY KEY (event_id, team_id),
    CONSTRAINT fk_calendar_event_team_event FOREIGN KEY (event_id) REFERENCES calendar_event (id),
    CONSTRAINT fk_calendar_event_team_team FOREIGN KEY (team_id) REFERENCES team (id),
    INDEX ix_calendar_event_team_team (team_id, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Library resources to read or use for an event, in the order the host listed them.
CREATE TABLE calendar_event_material (
    event_id    BIGINT NOT NULL,
    position    INT    NOT NULL,
    resource_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_calendar_event_material_event FOREIGN KEY (event_id) REFERENCES calendar_event (id),
    CONSTRAINT fk_calendar_event_material_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's answer for one occurrence: GOING, NOT_GOING, or WAITLISTED (office hours that were full). The waitlist is
-- served in responded_at order (then id); a change of answer moves it. Seats are counted under a row lock on the event.
CREATE TABLE calendar_rsvp (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    response     VARCHAR(16) NOT NULL,
    responded_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_calendar_rsvp UNIQUE (event_id, person_id),
    CONSTRAINT fk_calendar_rsvp_event FOREIGN KEY (event_id) REFERENCES calendar_event (id),
    CONSTRAINT fk_calendar_rsvp_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_calendar_rsvp_event (event_id, response, responded_at),
    INDEX ix_calendar_rsvp_person (person_id, response)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
