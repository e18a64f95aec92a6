-- PDSA cycles: each team's change ideas and the Plan-Do-Study-Act cycles that test them, chained into ramps, linked to
-- the team's measures and to discussion threads, with comments from the team, its coach and the organisers.

-- A change a team tests. A change taken from the collaborative's change package names it in free text, and may point
-- at the library's change package resource.
CREATE TABLE pdsa_change_idea (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id           BIGINT        NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       TEXT          NULL,
    from_package      BOOLEAN       NOT NULL DEFAULT FALSE,
    package_reference VARCHAR(300)  NULL,
    package_id        BIGINT        NULL,
    status            VARCHAR(16)   NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pdsa_idea_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_pdsa_idea_package FOREIGN KEY (package_id) REFERENCES library_resource (id),
    CONSTRAINT fk_pdsa_idea_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT uk_pdsa_idea_title UNIQUE (team_id, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A PDSA cycle, numbered per team ("PDSA 3"). previous_cycle_id chains cycles into a ramp; it is unique, so a ramp is
-- a line, not a tree. status: PLANNED, IN_PROGRESS, COMPLETED. act_decision: ADOPT, ADAPT, ABANDON.
CREATE TABLE pdsa_cycle (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id           BIGINT        NOT NULL,
    number            INT           NOT NULL,
    change_idea_id    BIGINT        NULL,
    previous_cycle_id BIGINT        NULL,
    title             VARCHAR(200)  NOT NULL,
    objective         TEXT          NOT NULL,
    questions         TEXT          NULL,
    prediction        TEXT          NULL,
    plan_who          VARCHAR(500)  NULL,
    plan_what         TEXT          NULL,
    plan_when         VARCHAR(500)  NULL,
    plan_where        VARCHAR(500)  NULL,
    data_to_collect   TEXT          NULL,
    what_happened     TEXT          NULL,
    observations      TEXT          NULL,
    study             TEXT          NULL,
    act_decision      VARCHAR(16)   NULL,
    next_cycle        TEXT          NULL,
    planned_start     DATE          NULL,
    started_on        DATE          NULL,
    completed_on      DATE          NULL,
    status            VARCHAR(16)   NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pdsa_cycle_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_pdsa_cycle_idea FOREIGN KEY (change_idea_id) REFERENCES pdsa_change_idea (id),
    CONSTRAINT fk_pdsa_cycle_previous FOREIGN KEY (previous_cycle_id) REFERENCES pdsa_cycle (id),
    CONSTRAINT fk_pdsa_cycle_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT uk_pdsa_cycle_number UNIQUE (team_id, number),
    CONSTRAINT uk_pdsa_cycle_previous UNIQUE (previous_cycle_id),
    CONSTRAINT ck_pdsa_cycle_dates CHECK (completed_on IS NULL OR started_on IS NULL OR completed_on >= started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The team's measures a cycle hopes to move; its markers appear on their charts.
CREATE TABLE pdsa_cycle_measure (
    cycle_id   BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, measure_id),
    CONSTRAINT fk_pdsa_measure_cycle FOREIGN KEY (cycle_id) REFERENCES pdsa_cycle (id) ON DELETE CASCADE,
    CONSTRAINT fk_pdsa_measure_measure FOREIGN KEY (measure_id) REFERENCES measure_definition (id),
    INDEX ix_pdsa_cycle_measure_measure (measure_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Discussion threads about a cycle.
CREATE TABLE pdsa_cycle_thread (
    cycle_id  BIGINT NOT NULL,
    thread_id BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, thread_id),
    CONSTRAINT fk_pdsa_thread_cycle FOREIGN KEY (cycle_id) REFERENCES pdsa_cycle (id) ON DELETE CASCADE,
    CONSTRAINT fk_pdsa_thread_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments on a cycle (Markdown, stored with its sanitised HTML). A withdrawn comment keeps its place without text.
CREATE TABLE pdsa_comment (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id     BIGINT      NOT NULL,
    author_id    BIGINT      NOT NULL,
    body         TEXT        NOT NULL,
    body_html    TEXT        NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    edited_at    DATETIME(6) NULL,
    withdrawn_at DATETIME(6) NULL,
    CONSTRAINT fk_pdsa_comment_cycle FOREIGN KEY (cycle_id) REFERENCES pdsa_cycle (id),
    CONSTRAINT fk_pdsa_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_pdsa_comment_cycle (cycle_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
