-- Notifications: the in-app bell's items, each person's choice per type, one-click unsubscribe links, the digest
-- ledger and when people last visited. See docs/decisions/0031-notifications.md.

-- One item in a person's bell. Items that share a group_key (reactions to one post) are merged while unread: the
-- actors grow and the title is rewritten. emailed_at is set once the item went out by email, immediately or in a
-- digest (digest_id says which); unread items not yet emailed wait for their person's next digest.
CREATE TABLE notification (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id  BIGINT        NOT NULL,
    type          VARCHAR(32)   NOT NULL,
    action        VARCHAR(300)  NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    body          VARCHAR(500)  NOT NULL,
    link          VARCHAR(300)  NOT NULL,
    group_key     VARCHAR(200)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    emailed_at    DATETIME(6)   NULL,
    digest_id     BIGINT        NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES person (id),
    -- the bell: a person's latest items, and the unread count
    INDEX ix_notification_recipient (recipient_id, read_at, id),
    -- batching: the unread item of a group
    INDEX ix_notification_group (recipient_id, group_key, read_at),
    -- the digest job: who has items waiting
    INDEX ix_notification_waiting (emailed_at, read_at, recipient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people who did what a notification reports ("Ana, Li and 1 other reacted"), in the order they did it.
CREATE TABLE notification_actor (
    notification_id BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    added_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (notification_id, person_id),
    CONSTRAINT fk_notification_actor_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_notification_actor_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which source events have notified whom: an event delivered twice (a listener retried, a message replayed) finds its
-- row and notifies nobody again. Written first, in the notifying transaction.
CREATE TABLE notification_source (
    recipient_id BIGINT       NOT NULL,
    source_key   VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (recipient_id, source_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's choice for one type; types without a row use the default (NotificationType.defaultDelivery).
CREATE TABLE notification_preference (
    person_id BIGINT      NOT NULL,
    type      VARCHAR(32) NOT NULL,
    delivery  VARCHAR(16) NOT NULL,
    PRIMARY KEY (person_id, type),
    CONSTRAINT fk_notification_preference_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-click unsubscribe links, one per email sent: the link carries a random token, the row only its hash
-- (decision 6). It turns one type off (type set) or every type on one digest (digest set).
CREATE TABLE notification_unsubscribe (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    type       VARCHAR(32) NULL,
    digest     VARCHAR(16) NULL,
    created_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT fk_notification_unsubscribe_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The digest ledger: one row per person and period (DAILY:2026-11-30, WEEKLY:2026-W49, SUMMARY:2026-W49), written in
-- the transaction that marks the items emailed and queues the mail. Its unique key is what makes a digest go out once
-- however often the job runs or restarts.
CREATE TABLE notification_digest (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    period     VARCHAR(40) NOT NULL,
    items      INT         NOT NULL,
    outbox_id  BIGINT      NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_notification_digest_period UNIQUE (person_id, period),
    CONSTRAINT fk_notification_digest_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When a person last opened the portal, at most one write an hour; the activity summary goes only to people away.
CREATE TABLE notification_visit (
    person_id     BIGINT      NOT NULL PRIMARY KEY,
    last_visit_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_notification_visit_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Headers an outbox mail is sent with (List-Unsubscribe), one "Name: value" per line.
ALTER TABLE outbox_email ADD COLUMN headers TEXT NULL AFTER message_id;
