-- Direct conversations (1:1 and small groups) and their messages.
-- A conversation belongs to a context: a collaborative today; the alumni community of practice later (a new context
-- value whose conversations have no collaborative_id).
CREATE TABLE conversation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    context          VARCHAR(24)  NOT NULL,
    collaborative_id BIGINT       NULL,
    context_key      BIGINT AS (COALESCE(collaborative_id, 0)) PERSISTENT,
    subject          VARCHAR(160) NULL,
    -- "smaller person id:larger person id" for a 1:1 conversation, NULL for a group: at most one 1:1 per pair and
    -- context, even when both start one at the same moment (a UNIQUE index treats NULLs as distinct).
    pair_key         VARCHAR(41)  NULL,
    started_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    -- The newest message, for the conversation list. No foreign key: messages reference their conversation.
    last_message_id  BIGINT       NULL,
    CONSTRAINT uk_conversation_pair UNIQUE (context, context_key, pair_key),
    CONSTRAINT fk_conversation_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_conversation_started_by FOREIGN KEY (started_by) REFERENCES person (id),
    CONSTRAINT ck_conversation_context CHECK ((context = 'COLLABORATIVE') = (collaborative_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who is in a conversation, how far they have read, and when it last changed (copied here from the newest message
-- so that "my conversations, most recent first" is a range of one index).
CREATE TABLE conversation_participant (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id      BIGINT      NOT NULL,
    person_id            BIGINT      NOT NULL,
    joined_at            DATETIME(6) NOT NULL,
    last_read_message_id BIGINT      NOT NULL DEFAULT 0,
    last_activity_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_conversation_participant UNIQUE (conversation_id, person_id),
    CONSTRAINT fk_conversation_participant_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_conversation_participant_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_conversation_participant_inbox (person_id, last_activity_at, conversation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages (Markdown, rendered and sanitised when shown) and notes the portal writes ("Ana added Ben").
CREATE TABLE conversation_message (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT      NOT NULL,
    sender_id       BIGINT      NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    body            MEDIUMTEXT  NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_conversation_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_conversation_message_sender FOREIGN KEY (sender_id) REFERENCES person (id),
    -- Pages of a conversation, and unread counts (messages by others after a person's last-read id), from the index.
    INDEX ix_conversation_message_conversation (conversation_id, id, sender_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
