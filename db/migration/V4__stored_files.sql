-- Uploaded files (discussion attachments, library resources). The bytes live on disk under allteach.files.root,
-- in folders named after the first characters of storage_key; this row says what they are and who sent them.
-- Features that use a file keep its id and decide who may see it.
CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    storage_key   CHAR(32)     NOT NULL,
    display_name  VARCHAR(150) NOT NULL,
    media_type    VARCHAR(127) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_stored_file_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_stored_file_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES person (id),
    CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0),
    INDEX ix_stored_file_uploaded_by (uploaded_by, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
