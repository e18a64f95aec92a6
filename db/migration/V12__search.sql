-- The search index lives on disk and is derived from the database. The generation of the last full build is kept
-- both here and in the index, so an index that does not belong to this database (a restored backup, a copied
-- folder) is noticed at start and rebuilt.
CREATE TABLE search_index_state (
    id         TINYINT     NOT NULL PRIMARY KEY,
    generation VARCHAR(36) NOT NULL,
    built_at   DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
