-- Who made a resource: people and teams of its collaborative, in the order given, and authors from outside (a paper's
-- co-authors) as written.
CREATE TABLE library_resource_author (
    resource_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    person_id   BIGINT NULL,
    team_id     BIGINT NULL,
    PRIMARY KEY (resource_id, position),
    CONSTRAINT fk_library_author_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_library_author_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_library_author_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_library_author_one CHECK ((person_id IS NULL) <> (team_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE library_resource ADD COLUMN other_authors VARCHAR(300) NULL;
