-- Mail sent later (reminders), mail that is dropped when the sender gets to it too late, mail that the change
-- which caused it can take back (a cancelled booking's reminders), and files sent with mail (invitations).
ALTER TABLE outbox_email
    ADD COLUMN discard_after DATETIME(6)  NULL AFTER next_attempt_at,
    ADD COLUMN cancel_key    VARCHAR(200) NULL AFTER discard_after,
    -- cancel_key alone, not with status: the sender changes status while it holds a mail's row lock, and a
    -- cancellation that had locked an index entry containing status would deadlock with it.
    ADD INDEX ix_outbox_email_cancel_key (cancel_key);

CREATE TABLE outbox_email_attachment (
    email_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (email_id, position),
    CONSTRAINT fk_outbox_email_attachment_email FOREIGN KEY (email_id) REFERENCES outbox_email (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's private calendar feed: the secret link's token is kept only as its SHA-256 hash; resetting the link
-- replaces the hash, so the old link stops working. last_fetched_at tells the person that a calendar is using it.
CREATE TABLE calendar_feed (
    person_id       BIGINT      NOT NULL PRIMARY KEY,
    token_hash      CHAR(64)    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    last_fetched_at DATETIME(6) NULL,
    CONSTRAINT uk_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
