-- Continuing-education credit: activities, attendance that opens claims, evaluations, claims, certificates.

-- A CE activity of a collaborative, linked to one calendar event, to a calendar series (every occurrence counts), or
-- to an enduring material (a library resource, completion attested by the learner). For a series, event_id is the
-- occurrence the organiser picked it by (for its title), series_id what attendance is matched on.
CREATE TABLE credit_activity (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id         BIGINT       NOT NULL,
    title                    VARCHAR(200) NOT NULL,
    link_kind                VARCHAR(16)  NOT NULL,
    event_id                 BIGINT       NULL,
    series_id                BIGINT       NULL,
    resource_id              BIGINT       NULL,
    provider                 VARCHAR(200) NOT NULL,
    accreditation_statement  TEXT         NOT NULL,
    designation_statement    TEXT         NOT NULL,
    disclosures              TEXT         NOT NULL,
    claim_window_days        INT          NOT NULL,
    created_by               BIGINT       NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_credit_activity_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_credit_activity_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT ck_credit_activity_window CHECK (claim_window_days BETWEEN 1 AND 365),
    CONSTRAINT ck_credit_activity_link CHECK (
        (link_kind = 'EVENT' AND event_id IS NOT NULL AND series_id IS NULL AND resource_id IS NULL)
        OR (link_kind = 'SERIES' AND series_id IS NOT NULL AND resource_id IS NULL)
        OR (link_kind = 'ENDURING' AND resource_id IS NOT NULL AND event_id IS NULL AND series_id IS NULL)),
    INDEX ix_credit_activity_event (event_id),
    INDEX ix_credit_activity_series (series_id),
    INDEX ix_credit_activity_collaborative (collaborative_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The credit types an activity offers and the most hours each may be claimed for.
CREATE TABLE credit_offer (
    activity_id BIGINT       NOT NULL,
    credit_type VARCHAR(32)  NOT NULL,
    max_hours   DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (activity_id, credit_type),
    CONSTRAINT fk_credit_offer_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_credit_offer_hours CHECK (max_hours > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The evaluation form: Likert statements (1-5) and free-text questions, in order.
CREATE TABLE credit_evaluation_question (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    text        VARCHAR(500) NOT NULL,
    CONSTRAINT fk_credit_question_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id) ON DELETE CASCADE,
    CONSTRAINT uk_credit_question_position UNIQUE (activity_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attendance that makes a person eligible: one row per attended event (from the calendar), or one attested row
-- (event_id NULL) for an enduring material. recorded_at opens the claim window.
CREATE TABLE credit_attendance (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    event_id    BIGINT      NULL,
    minutes     INT         NOT NULL,
    attended_on DATETIME(6) NOT NULL,
    attended_date DATE      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    -- NULLs never clash in a unique key, so an attested row (no event) is keyed as event 0: one per person.
    event_key   BIGINT AS (COALESCE(event_id, 0)) PERSISTENT,
    CONSTRAINT fk_credit_attendance_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_credit_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_credit_attendance UNIQUE (activity_id, person_id, event_key),
    CONSTRAINT ck_credit_attendance_minutes CHECK (minutes >= 0),
    INDEX ix_credit_attendance_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An organiser's extension of one person's claim window, kept as a record (who, when, why, until when).
CREATE TABLE credit_window_extension (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    new_end     DATETIME(6)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    extended_by BIGINT       NOT NULL,
    extended_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_credit_extension_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_credit_extension_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_credit_extension_by FOREIGN KEY (extended_by) REFERENCES person (id),
    INDEX ix_credit_extension (activity_id, person_id, extended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- That a person completed an activity's evaluation. Their answers are kept apart without a person (anonymous).
CREATE TABLE credit_evaluation (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_credit_evaluation UNIQUE (activity_id, person_id),
    CONSTRAINT fk_credit_evaluation_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_credit_evaluation_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Anonymous answers: one row per question answered, a rating 1-5 or a text; no person, no time, and a random key
-- rather than a sequence, so neither the key nor the rows' order matches them to the completions above. No cascade:
-- answers outlive any change to the form (questions with answers are never deleted).
CREATE TABLE credit_evaluation_answer (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    question_id BIGINT      NOT NULL,
    rating      INT         NULL,
    answer      TEXT        NULL,
    CONSTRAINT fk_credit_answer_question FOREIGN KEY (question_id) REFERENCES credit_evaluation_question (id),
    CONSTRAINT ck_credit_answer_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A claim of hours of one credit type. One per person, activity and type, except for a series, where each later
-- claim adds the sessions attended since (the service checks it with the activity's row locked).
CREATE TABLE credit_claim (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    credit_type VARCHAR(32)  NOT NULL,
    hours       DECIMAL(5,2) NOT NULL,
    claimed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_credit_claim_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id),
    CONSTRAINT fk_credit_claim_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_credit_claim_activity_person (activity_id, person_id, credit_type),
    INDEX ix_credit_claim_person (person_id, claimed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The certificate issued for a claim, as printed (names and statements frozen at issue), with its verification code.
CREATE TABLE credit_certificate (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id                BIGINT       NOT NULL,
    person_id               BIGINT       NOT NULL,
    verification_code       VARCHAR(32)  NOT NULL,
    learner_name            VARCHAR(120) NOT NULL,
    credentials             VARCHAR(80)  NULL,
    activity_title          VARCHAR(200) NOT NULL,
    activity_dates          TEXT         NOT NULL,
    credit_type             VARCHAR(32)  NOT NULL,
    hours                   DECIMAL(5,2) NOT NULL,
    designation_statement   TEXT         NOT NULL,
    accreditation_statement TEXT         NOT NULL,
    issuing_organisation    VARCHAR(200) NOT NULL,
    issued_on               DATE         NOT NULL,
    CONSTRAINT uk_credit_certificate_claim UNIQUE (claim_id),
    CONSTRAINT uk_credit_certificate_code UNIQUE (verification_code),
    CONSTRAINT fk_credit_certificate_claim FOREIGN KEY (claim_id) REFERENCES credit_claim (id),
    CONSTRAINT fk_credit_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_credit_certificate_person (person_id, issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
