-- MOC Part IV: a CE activity may be linked to the collaborative's QI project itself (no event, series or resource),
-- and participants attest their meaningful participation in it; a team lead co-signs, an organiser approves.

ALTER TABLE credit_activity DROP CONSTRAINT ck_credit_activity_link;
ALTER TABLE credit_activity ADD CONSTRAINT ck_credit_activity_link CHECK (
    (link_kind = 'EVENT' AND event_id IS NOT NULL AND series_id IS NULL AND resource_id IS NULL)
    OR (link_kind = 'SERIES' AND series_id IS NOT NULL AND resource_id IS NULL)
    OR (link_kind = 'ENDURING' AND resource_id IS NOT NULL AND event_id IS NULL AND series_id IS NULL)
    OR (link_kind = 'QI_PROJECT' AND event_id IS NULL AND series_id IS NULL AND resource_id IS NULL));

-- One attestation per person and QI-project activity; a returned one is edited and resubmitted, never duplicated.
-- The period is whole months, stored as their first days. status: SUBMITTED, CO_SIGNED, APPROVED, RETURNED.
CREATE TABLE credit_moc_attestation (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    team_id      BIGINT      NOT NULL,
    period_from  DATE        NOT NULL,
    period_to    DATE        NOT NULL,
    aims         TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    status       VARCHAR(16) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_credit_moc_attestation UNIQUE (activity_id, person_id),
    CONSTRAINT fk_credit_moc_activity FOREIGN KEY (activity_id) REFERENCES credit_activity (id),
    CONSTRAINT fk_credit_moc_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_credit_moc_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_credit_moc_period CHECK (period_from <= period_to),
    CONSTRAINT ck_credit_moc_status CHECK (status IN ('SUBMITTED', 'CO_SIGNED', 'APPROVED', 'RETURNED')),
    INDEX ix_credit_moc_team (team_id, status),
    INDEX ix_credit_moc_activity (activity_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of an attestation, kept: who submitted, co-signed, approved or returned it, when, and their note
-- (required when returning). action: SUBMITTED, RESUBMITTED, CO_SIGNED, APPROVED, RETURNED.
CREATE TABLE credit_moc_step (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attestation_id BIGINT      NOT NULL,
    action         VARCHAR(16) NOT NULL,
    actor_id       BIGINT      NOT NULL,
    acted_at       DATETIME(6) NOT NULL,
    note           TEXT        NULL,
    CONSTRAINT fk_credit_moc_step_attestation FOREIGN KEY (attestation_id) REFERENCES credit_moc_attestation (id),
    CONSTRAINT fk_credit_moc_step_actor FOREIGN KEY (actor_id) REFERENCES person (id),
    INDEX ix_credit_moc_step (attestation_id, acted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
