-- Collaboratives, their phases, organisations, teams and who belongs where.
CREATE TABLE collaborative (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(160) NOT NULL,
    focus_area   VARCHAR(160) NOT NULL,
    description  TEXT         NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_collaborative_name UNIQUE (name),
    CONSTRAINT ck_collaborative_dates CHECK (end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pre-work, learning sessions 1..n and action periods 1..n.
CREATE TABLE phase (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL,
    kind             VARCHAR(24)  NOT NULL,
    sequence_number  INT          NOT NULL,
    name             VARCHAR(120) NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL,
    CONSTRAINT uk_phase UNIQUE (collaborative_id, kind, sequence_number),
    CONSTRAINT fk_phase_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT ck_phase_dates CHECK (end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Clinics, community partners and data partners (the three elements of the 3-EM model).
CREATE TABLE organisation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL,
    name             VARCHAR(160) NOT NULL,
    element          VARCHAR(24)  NOT NULL,
    location         VARCHAR(120) NULL,
    CONSTRAINT uk_organisation_name UNIQUE (collaborative_id, name),
    CONSTRAINT fk_organisation_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL,
    name             VARCHAR(120) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_team_name UNIQUE (collaborative_id, name),
    CONSTRAINT fk_team_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team_organisation (
    team_id         BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (team_id, organisation_id),
    CONSTRAINT fk_team_organisation_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_team_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's role in a collaborative: in a team (participant, team lead, coach) or across it (organiser).
-- team_key makes "one role per person per team, or per collaborative when there is no team" enforceable:
-- a UNIQUE index treats NULLs as distinct.
CREATE TABLE membership (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT      NOT NULL,
    collaborative_id BIGINT      NOT NULL,
    team_id          BIGINT      NULL,
    team_key         BIGINT AS (COALESCE(team_id, 0)) PERSISTENT,
    role             VARCHAR(16) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_membership UNIQUE (person_id, collaborative_id, team_key),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_membership_team FOREIGN KEY (team_id) REFERENCES team (id),
    INDEX ix_membership_team (team_id, role),
    INDEX ix_membership_collaborative (collaborative_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An emailed, single-use, expiring invitation into a collaborative (and usually a team) with a role.
CREATE TABLE invitation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL,
    team_id          BIGINT       NULL,
    role             VARCHAR(16)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NULL,
    invited_by       BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    accepted_at      DATETIME(6)  NULL,
    accepted_by      BIGINT       NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_invitation_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES person (id),
    CONSTRAINT fk_invitation_accepted_by FOREIGN KEY (accepted_by) REFERENCES person (id),
    INDEX ix_invitation_collaborative (collaborative_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
