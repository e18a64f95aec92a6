-- All teach, all learn: discussion spaces (a collaborative's open space, a team's private space, later the alumni
-- community), their categories, threads and posts, and what each person has read, reacted to, flagged or watches.

CREATE TABLE discussion_space (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(16)  NOT NULL,
    collaborative_id BIGINT       NULL,
    team_id          BIGINT       NULL,
    name             VARCHAR(160) NOT NULL,
    read_only        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)  NOT NULL,
    -- one space per collaborative, per team and one community; NULLs would defeat a plain UNIQUE index
    scope_key        VARCHAR(60) AS (CONCAT(kind, ':', COALESCE(collaborative_id, 0), ':', COALESCE(team_id, 0)))
                                  PERSISTENT,
    CONSTRAINT uk_discussion_space_scope UNIQUE (scope_key),
    CONSTRAINT fk_discussion_space_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_discussion_space_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_discussion_space_scope CHECK (
        (kind = 'COLLABORATIVE' AND collaborative_id IS NOT NULL AND team_id IS NULL)
        OR (kind = 'TEAM' AND collaborative_id IS NOT NULL AND team_id IS NOT NULL)
        OR (kind = 'COMMUNITY' AND collaborative_id IS NULL AND team_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    space_id    BIGINT       NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT uk_discussion_category UNIQUE (space_id, kind),
    CONSTRAINT fk_discussion_category_space FOREIGN KEY (space_id) REFERENCES discussion_space (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_thread (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    space_id         BIGINT       NOT NULL,
    category_id      BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    author_id        BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_posted_at   DATETIME(6)  NOT NULL,
    last_poster_id   BIGINT       NOT NULL,
    post_count       INT          NOT NULL,
    pinned           BOOLEAN      NOT NULL DEFAULT FALSE,
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    solution_post_id BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_discussion_thread_space FOREIGN KEY (space_id) REFERENCES discussion_space (id),
    CONSTRAINT fk_discussion_thread_category FOREIGN KEY (category_id) REFERENCES discussion_category (id),
    CONSTRAINT fk_discussion_thread_author FOREIGN KEY (author_id) REFERENCES person (id),
    -- the category list: pinned first, then latest activity
    INDEX ix_discussion_thread_category (category_id, pinned, last_posted_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_thread_tag (
    thread_id BIGINT      NOT NULL,
    tag       VARCHAR(40) NOT NULL,
    PRIMARY KEY (thread_id, tag),
    INDEX ix_discussion_thread_tag (tag),
    CONSTRAINT fk_discussion_thread_tag_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Posts are numbered 1..n inside their thread (the first post is the thread's opening), so a page of a long thread
-- is a range on (thread_id, number) whatever the thread's size.
CREATE TABLE discussion_post (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thread_id       BIGINT      NOT NULL,
    number          INT         NOT NULL,
    author_id       BIGINT      NOT NULL,
    body            MEDIUMTEXT  NOT NULL,
    body_html       MEDIUMTEXT  NOT NULL,
    reply_to_number INT         NULL,
    created_at      DATETIME(6) NOT NULL,
    edited_at       DATETIME(6) NULL,
    edit_count      INT         NOT NULL DEFAULT 0,
    withdrawn_at    DATETIME(6) NULL,
    withdrawn_by    BIGINT      NULL,
    hidden_at       DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_discussion_post_number UNIQUE (thread_id, number),
    CONSTRAINT fk_discussion_post_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
    CONSTRAINT fk_discussion_post_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_discussion_post_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Earlier versions of an edited post: who wrote that version, and when it was replaced.
CREATE TABLE discussion_post_revision (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT      NOT NULL,
    revision    INT         NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    written_at  DATETIME(6) NOT NULL,
    replaced_by BIGINT      NOT NULL,
    replaced_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_discussion_post_revision UNIQUE (post_id, revision),
    CONSTRAINT fk_discussion_post_revision_post FOREIGN KEY (post_id) REFERENCES discussion_post (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_reaction (
    post_id    BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    reaction   VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (post_id, person_id, reaction),
    CONSTRAINT fk_discussion_reaction_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_reaction_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_mention (
    post_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (post_id, person_id),
    CONSTRAINT fk_discussion_mention_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_mention_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_read_state (
    person_id        BIGINT NOT NULL,
    thread_id        BIGINT NOT NULL,
    last_read_number INT    NOT NULL,
    PRIMARY KEY (person_id, thread_id),
    CONSTRAINT fk_discussion_read_state_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Watching / tracking / muting, per thread or per category.
CREATE TABLE discussion_subscription (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT      NOT NULL,
    thread_id   BIGINT      NULL,
    category_id BIGINT      NULL,
    level       VARCHAR(16) NOT NULL,
    target_key  VARCHAR(40) AS (IF(thread_id IS NOT NULL, CONCAT('T', thread_id), CONCAT('C', category_id)))
                            PERSISTENT,
    CONSTRAINT uk_discussion_subscription UNIQUE (person_id, target_key),
    CONSTRAINT fk_discussion_subscription_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
    CONSTRAINT fk_discussion_subscription_category FOREIGN KEY (category_id) REFERENCES discussion_category (id),
    CONSTRAINT ck_discussion_subscription_target CHECK ((thread_id IS NULL) <> (category_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_flag (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT       NOT NULL,
    flagger_id  BIGINT       NOT NULL,
    reason      VARCHAR(24)  NOT NULL,
    note        VARCHAR(500) NULL,
    created_at  DATETIME(6)  NOT NULL,
    resolved_at DATETIME(6)  NULL,
    resolved_by BIGINT       NULL,
    resolution  VARCHAR(16)  NULL,
    CONSTRAINT uk_discussion_flag UNIQUE (post_id, flagger_id),
    CONSTRAINT fk_discussion_flag_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_flag_flagger FOREIGN KEY (flagger_id) REFERENCES person (id),
    INDEX ix_discussion_flag_open (resolved_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spaces and categories for collaboratives and teams that existed before discussions did; new ones get theirs
-- from the collaborative feature's events.
INSERT INTO discussion_space (kind, collaborative_id, team_id, name, created_at)
SELECT 'COLLABORATIVE', c.id, NULL, c.name, UTC_TIMESTAMP(6) FROM collaborative c;
INSERT INTO discussion_space (kind, collaborative_id, team_id, name, created_at)
SELECT 'TEAM', t.collaborative_id, t.id, t.name, UTC_TIMESTAMP(6) FROM team t;
INSERT INTO discussion_category (space_id, kind, name, description, position)
SELECT s.id, k.kind, k.name, k.description, k.position
FROM discussion_space s
CROSS JOIN (SELECT 'SUCCESSES' AS kind, 'Successes' AS name,
                   'What worked: changes that moved your measures, and how you did it.' AS description, 1 AS position
            UNION ALL SELECT 'CHALLENGES', 'Challenges', 'Where you are stuck. Others have been there too.', 2
            UNION ALL SELECT 'ASK_THE_FACULTY', 'Ask the faculty',
                             'Questions for the coaches and faculty; mark the answer that solved it.', 3
            UNION ALL SELECT 'DATA_AND_MEASURES', 'Data & measures',
                             'Measures, REaL data, run charts and what they tell you.', 4
            UNION ALL SELECT 'ANNOUNCEMENTS', 'Announcements', 'News from the organisers and faculty.', 5) k;
