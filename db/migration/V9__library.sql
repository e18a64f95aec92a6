-- The resource library: toolkits, change packages, storyboards, papers, tools and recordings, each with the file
-- versions uploaded over time. Files live in the file store; a version only refers to one.
CREATE TABLE library_resource (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(24)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    summary          TEXT         NOT NULL,
    summary_html     TEXT         NOT NULL,
    focus_area       VARCHAR(120) NULL,
    licence          VARCHAR(120) NULL,
    year             INT          NULL,
    link             VARCHAR(500) NULL,
    collaborative_id BIGINT       NOT NULL,
    visibility       VARCHAR(16)  NOT NULL,
    team_id          BIGINT       NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    deleted_at       DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_library_resource_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_library_resource_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_library_resource_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT ck_library_resource_visibility CHECK ((visibility = 'TEAM') = (team_id IS NOT NULL)),
    INDEX ix_library_resource_list (deleted_at, updated_at),
    INDEX ix_library_resource_collaborative (collaborative_id, visibility)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE library_resource_tag (
    resource_id BIGINT      NOT NULL,
    tag         VARCHAR(40) NOT NULL,
    PRIMARY KEY (resource_id, tag),
    INDEX ix_library_resource_tag (tag),
    CONSTRAINT fk_library_resource_tag_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every upload is a new version; earlier ones stay downloadable.
CREATE TABLE library_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id BIGINT       NOT NULL,
    number      INT          NOT NULL,
    file_id     BIGINT       NOT NULL,
    note        VARCHAR(500) NULL,
    uploaded_by BIGINT       NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_library_version UNIQUE (resource_id, number),
    CONSTRAINT fk_library_version_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_library_version_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    INDEX ix_library_version_file (file_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
