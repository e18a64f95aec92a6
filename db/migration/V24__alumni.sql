-- Issue 9, alumni: closing a collaborative, and the community of practice across all cohorts.

-- When and by whom a collaborative was closed (status ALUMNI). Its memberships stay as they were: they are its
-- alumni's history (who led which team, who coached which teams).
ALTER TABLE collaborative
    ADD COLUMN closed_at DATETIME(6) NULL,
    ADD COLUMN closed_by BIGINT NULL,
    ADD CONSTRAINT fk_collaborative_closed_by FOREIGN KEY (closed_by) REFERENCES person (id);

-- The community of practice: one space across all cohorts. Alumni of every closed collaborative belong to it by their
-- memberships; current members join by opting in here. Each person's directory entry: what they can help with.
CREATE TABLE community_profile (
    person_id     BIGINT        NOT NULL PRIMARY KEY,
    opted_in      BOOLEAN       NOT NULL DEFAULT FALSE,
    listed        BOOLEAN       NOT NULL DEFAULT TRUE,
    ask_me_about  VARCHAR(300)  NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_profile_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Expertise tags ("pharmacist-led medication management", "REaL data collection"), searched by tag and text.
CREATE TABLE community_expertise (
    person_id BIGINT       NOT NULL,
    tag       VARCHAR(80)  NOT NULL,
    PRIMARY KEY (person_id, tag),
    INDEX ix_community_expertise_tag (tag),
    CONSTRAINT fk_community_expertise_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Alumni are found through their memberships of closed collaboratives.
CREATE INDEX ix_collaborative_status ON collaborative (status);

-- The community's one discussion space, with its own categories (a category's kind decides who starts threads and
-- whether a reply can be marked as the answer; its name and description are the community's).
INSERT INTO discussion_space (kind, collaborative_id, team_id, name, read_only, created_at)
VALUES ('COMMUNITY', NULL, NULL, 'Community of practice', FALSE, UTC_TIMESTAMP(6));
INSERT INTO discussion_category (space_id, kind, name, description, position)
SELECT s.id, c.kind, c.name, c.description, c.position
FROM discussion_space s
JOIN (SELECT 'ASK_THE_FACULTY' AS kind, 'Ask the alumni' AS name,
             'Stuck on something a past cohort has solved? Ask here, and mark the answer that helped.' AS description,
             1 AS position
      UNION ALL SELECT 'SUCCESSES', 'Tools that worked',
             'Forms, scripts, workflows and reports that moved your measures, and how to use them.', 2
      UNION ALL SELECT 'CHALLENGES', 'Office hours',
             'Offer an hour to talk (when, where, what about) or ask for one.', 3
      UNION ALL SELECT 'DATA_AND_MEASURES', 'Data & measures',
             'Measures, REaL data collection, run charts: what you learnt keeping them going.', 4
      UNION ALL SELECT 'ANNOUNCEMENTS', 'Announcements', 'News for the whole community.', 5) c
WHERE s.kind = 'COMMUNITY';

-- A new collaborative starts from a previous one's library with independent copies; each copy remembers its original
-- (provenance, and so copying twice copies nothing twice).
ALTER TABLE library_resource
    ADD COLUMN copied_from BIGINT NULL,
    ADD CONSTRAINT fk_library_resource_copied_from FOREIGN KEY (copied_from) REFERENCES library_resource (id);
