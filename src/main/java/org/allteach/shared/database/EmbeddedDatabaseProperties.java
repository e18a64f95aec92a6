package org.allteach.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its binaries and data. Used only when no external database is configured.
 *
 * @param baseDir      where the MariaDB binaries are unpacked
 * @param dataDir      the database files; keep this folder to keep your data
 * @param tmpDir       MariaDB's temporary files
 * @param port         TCP port on 127.0.0.1; 0 picks a free one
 * @param databaseName the schema the application uses
 * @param startTimeout how long to wait for the server to accept connections
 * @param fresh        delete the data folder before starting (tests)
 */
@ConfigurationProperties("allteach.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/mariadb/base") Path baseDir,
        @DefaultValue("data/mariadb/data") Path dataDir,
        @DefaultValue("data/mariadb/tmp") Path tmpDir,
        @DefaultValue("0") int port,
        @DefaultValue("allteach") String databaseName,
        @DefaultValue("120s") Duration startTimeout,
        @DefaultValue("false") boolean fresh) {
}
