package org.allteach.library.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The text read from each version's file, kept so the search index can be rebuilt without reading files again. */
@Repository
public class VersionTexts {

    private final JdbcClient jdbc;

    VersionTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long versionId, String text) {
        jdbc.sql("REPLACE INTO library_version_text (version_id, text) VALUES (:version, :text)")
                .param("version", versionId).param("text", text).update();
    }

    public Optional<String> of(long versionId) {
        return jdbc.sql("SELECT text FROM library_version_text WHERE version_id = :version")
                .param("version", versionId).query(String.class).optional();
    }
}
