-- Who watches which part of the library, as discussion_subscription does for threads and categories: one kind of
-- resource (a category of the library page), or the whole library when kind is NULL. Watching is the only level here:
-- a resource has no replies to track and nothing unread to mute, so a row means "watching" and no row means not.
CREATE TABLE library_subscription (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    kind       VARCHAR(24) NULL,
    created_at DATETIME(6) NOT NULL,
    target_key VARCHAR(24) AS (IFNULL(kind, '*')) PERSISTENT,
    CONSTRAINT uk_library_subscription UNIQUE (person_id, target_key),
    CONSTRAINT fk_library_subscription_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_library_subscription_target (target_key, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
