-- Team measures: definitions per collaborative, the REaL strata they are reported by, and each team's monthly values.

-- How a collaborative measures: the small-number threshold below which a stratum is suppressed when shared beyond
-- the team, and which run-chart rules its charts use.
CREATE TABLE measure_settings (
    collaborative_id       BIGINT      NOT NULL PRIMARY KEY,
    small_number_threshold INT         NOT NULL DEFAULT 11,
    run_rules              VARCHAR(16) NOT NULL DEFAULT 'IHI',
    CONSTRAINT fk_measure_settings_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT ck_measure_settings_threshold CHECK (small_number_threshold BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A stratification dimension of a collaborative (race, ethnicity, preferred language) and its categories, in order.
-- The reference category is the group gaps are measured against.
CREATE TABLE measure_dimension (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id      BIGINT       NOT NULL,
    name                  VARCHAR(80)  NOT NULL,
    position              INT          NOT NULL,
    reference_category_id BIGINT       NULL,
    CONSTRAINT fk_measure_dimension_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT uk_measure_dimension_name UNIQUE (collaborative_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE measure_category (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dimension_id BIGINT      NOT NULL,
    label        VARCHAR(80) NOT NULL,
    position     INT         NOT NULL,
    CONSTRAINT fk_measure_category_dimension FOREIGN KEY (dimension_id) REFERENCES measure_dimension (id),
    CONSTRAINT uk_measure_category_label UNIQUE (dimension_id, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE measure_dimension
    ADD CONSTRAINT fk_measure_dimension_reference FOREIGN KEY (reference_category_id) REFERENCES measure_category (id);

-- A measure of a collaborative. kind: PROPORTION (numerator/denominator), RATE (per rate_per units), COUNT, MEAN.
CREATE TABLE measure_definition (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collaborative_id       BIGINT        NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    measure_type           VARCHAR(16)   NOT NULL,
    kind                   VARCHAR(16)   NOT NULL,
    rate_per               INT           NULL,
    unit                   VARCHAR(40)   NULL,
    operational_definition TEXT          NOT NULL,
    direction              VARCHAR(8)    NOT NULL,
    goal                   DECIMAL(14,4) NULL,
    frequency              VARCHAR(16)   NOT NULL DEFAULT 'MONTHLY',
    baseline_points        INT           NOT NULL DEFAULT 12,
    created_by             BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_measure_definition_collaborative FOREIGN KEY (collaborative_id) REFERENCES collaborative (id),
    CONSTRAINT fk_measure_definition_creator FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT uk_measure_definition_name UNIQUE (collaborative_id, name),
    CONSTRAINT ck_measure_definition_rate CHECK (kind <> 'RATE' OR rate_per > 0),
    CONSTRAINT ck_measure_definition_baseline CHECK (baseline_points BETWEEN 6 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which teams report a measure.
CREATE TABLE measure_team (
    measure_id BIGINT NOT NULL,
    team_id    BIGINT NOT NULL,
    PRIMARY KEY (measure_id, team_id),
    CONSTRAINT fk_measure_team_measure FOREIGN KEY (measure_id) REFERENCES measure_definition (id) ON DELETE CASCADE,
    CONSTRAINT fk_measure_team_team FOREIGN KEY (team_id) REFERENCES team (id),
    INDEX ix_measure_team_team (team_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which dimensions a measure is stratified by.
CREATE TABLE measure_stratification (
    measure_id   BIGINT NOT NULL,
    dimension_id BIGINT NOT NULL,
    PRIMARY KEY (measure_id, dimension_id),
    CONSTRAINT fk_measure_strat_measure FOREIGN KEY (measure_id) REFERENCES measure_definition (id) ON DELETE CASCADE,
    CONSTRAINT fk_measure_strat_dimension FOREIGN KEY (dimension_id) REFERENCES measure_dimension (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A team's value of a measure for a month: the total (no category) or one stratum. numerator/denominator for
-- proportions and rates, value for counts and means. Who recorded it and when; a team may mark a point astronomical.
CREATE TABLE measure_value (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    measure_id   BIGINT        NOT NULL,
    team_id      BIGINT        NOT NULL,
    month        DATE          NOT NULL,
    category_id  BIGINT        NULL,
    numerator    DECIMAL(14,4) NULL,
    denominator  DECIMAL(14,4) NULL,
    value        DECIMAL(14,4) NULL,
    astronomical BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by  BIGINT        NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    -- NULLs never clash in a unique key: the total is keyed as category 0.
    category_key BIGINT AS (COALESCE(category_id, 0)) PERSISTENT,
    CONSTRAINT fk_measure_value_measure FOREIGN KEY (measure_id) REFERENCES measure_definition (id),
    CONSTRAINT fk_measure_value_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_measure_value_category FOREIGN KEY (category_id) REFERENCES measure_category (id),
    CONSTRAINT fk_measure_value_recorder FOREIGN KEY (recorded_by) REFERENCES person (id),
    CONSTRAINT uk_measure_value UNIQUE (measure_id, team_id, month, category_key),
    CONSTRAINT ck_measure_value_month CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT ck_measure_value_non_negative CHECK ((numerator IS NULL OR numerator >= 0)
        AND (denominator IS NULL OR denominator >= 0) AND (value IS NULL OR value >= 0)),
    INDEX ix_measure_value_team (team_id, measure_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A phase of a team's chart: limits frozen on the baseline, recalculated from this month on.
CREATE TABLE measure_phase (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    measure_id BIGINT       NOT NULL,
    team_id    BIGINT       NOT NULL,
    from_month DATE         NOT NULL,
    note       VARCHAR(300) NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_measure_phase_measure FOREIGN KEY (measure_id) REFERENCES measure_definition (id),
    CONSTRAINT fk_measure_phase_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT uk_measure_phase UNIQUE (measure_id, team_id, from_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Collaboratives that exist already get the default strata (new ones get them when created): the OMB race and
-- ethnicity categories, preferred language English / Spanish / other, each with unknown/declined.
INSERT INTO measure_settings (collaborative_id) SELECT id FROM collaborative;

INSERT INTO measure_dimension (collaborative_id, name, position)
SELECT c.id, d.name, d.position FROM collaborative c
CROSS JOIN (SELECT 'Race' AS name, 1 AS position UNION ALL SELECT 'Ethnicity', 2
            UNION ALL SELECT 'Preferred language', 3) d;

INSERT INTO measure_category (dimension_id, label, position)
SELECT d.id, c.label, c.position FROM measure_dimension d
JOIN (SELECT 'Race' AS dimension, 'American Indian or Alaska Native' AS label, 1 AS position
      UNION ALL SELECT 'Race', 'Asian', 2
      UNION ALL SELECT 'Race', 'Black or African American', 3
      UNION ALL SELECT 'Race', 'Native Hawaiian or Other Pacific Islander', 4
      UNION ALL SELECT 'Race', 'White', 5
      UNION ALL SELECT 'Race', 'More than one race', 6
      UNION ALL SELECT 'Race', 'Unknown or declined', 7
      UNION ALL SELECT 'Ethnicity', 'Hispanic or Latino', 1
      UNION ALL SELECT 'Ethnicity', 'Not Hispanic or Latino', 2
      UNION ALL SELECT 'Ethnicity', 'Unknown or declined', 3
      UNION ALL SELECT 'Preferred language', 'English', 1
      UNION ALL SELECT 'Preferred language', 'Spanish', 2
      UNION ALL SELECT 'Preferred language', 'Other', 3
      UNION ALL SELECT 'Preferred language', 'Unknown or declined', 4) c ON c.dimension = d.name;

UPDATE measure_dimension d JOIN measure_category c ON c.dimension_id = d.id
SET d.reference_category_id = c.id
WHERE (d.name = 'Race' AND c.label = 'White') OR (d.name = 'Ethnicity' AND c.label = 'Not Hispanic or Latino')
   OR (d.name = 'Preferred language' AND c.label = 'English');
