-- Images and files attached to posts. The files themselves belong to the file store; a post only refers to them.
CREATE TABLE discussion_attachment (
    post_id  BIGINT NOT NULL,
    file_id  BIGINT NOT NULL,
    position INT    NOT NULL,
    PRIMARY KEY (post_id, file_id),
    CONSTRAINT fk_discussion_attachment_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    INDEX ix_discussion_attachment_file (file_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
