-- Outgoing email, written in the same transaction as the change that causes it and sent by a scheduled sender.
CREATE TABLE outbox_email (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    html_body       MEDIUMTEXT   NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    message_id      VARCHAR(200) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    CONSTRAINT uk_outbox_email_message_id UNIQUE (message_id),
    INDEX ix_outbox_email_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
