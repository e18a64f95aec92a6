-- Storyboards: a team's structured account of its improvement work (aim, changes tested, results, lessons, next
-- steps), shown as a one-page poster. One row per STORYBOARD resource; the resource row keeps title, visibility and
-- the rest. Each section is kept as the Markdown people wrote and as its sanitised HTML.
CREATE TABLE library_storyboard (
    resource_id         BIGINT      NOT NULL PRIMARY KEY,
    team_id             BIGINT      NOT NULL,
    aim                 TEXT        NOT NULL,
    aim_html            TEXT        NOT NULL,
    changes_tested      TEXT        NOT NULL,
    changes_tested_html TEXT        NOT NULL,
    results             TEXT        NOT NULL,
    results_html        TEXT        NOT NULL,
    lessons             TEXT        NOT NULL,
    lessons_html        TEXT        NOT NULL,
    next_steps          TEXT        NOT NULL,
    next_steps_html     TEXT        NOT NULL,
    updated_by          BIGINT      NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_library_storyboard_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_library_storyboard_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_library_storyboard_updater FOREIGN KEY (updated_by) REFERENCES person (id),
    INDEX ix_library_storyboard_team (team_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments on a resource (storyboards today: all teach, all learn). A removed comment keeps its row for the record;
-- removed_by tells whether its author withdrew it or an organiser removed it.
CREATE TABLE library_comment (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    body        TEXT        NOT NULL,
    body_html   TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    removed_at  DATETIME(6) NULL,
    removed_by  BIGINT      NULL,
    CONSTRAINT fk_library_comment_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_library_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_library_comment_remover FOREIGN KEY (removed_by) REFERENCES person (id),
    CONSTRAINT ck_library_comment_removed CHECK ((removed_at IS NULL) = (removed_by IS NULL)),
    INDEX ix_library_comment_resource (resource_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
