-- The text of each version's file, read in the background for search, and what happened when it was read.
ALTER TABLE library_version
    ADD COLUMN text_status  VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    ADD COLUMN text_problem VARCHAR(500) NULL,
    ADD COLUMN text_chars   INT          NULL;

CREATE TABLE library_version_text (
    version_id BIGINT   NOT NULL PRIMARY KEY,
    text       LONGTEXT NOT NULL,
    CONSTRAINT fk_library_version_text_version FOREIGN KEY (version_id) REFERENCES library_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
