package org.allteach.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import ch.vorburger.exec.ManagedProcessException;
import org.junit.jupiter.api.Test;

/** The embedded database keeps its data across restarts, wherever the checkout lives. */
class EmbeddedMariaDbTest {

    @Test
    void dataInAFolderUnderTheTemporaryFolderSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("allteach-restart-").resolve("data");
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(
                Paths.get("target/test-mariadb/base"), data, data.resolveSibling("tmp"), 0, "restart_check",
                Duration.ofSeconds(120), false);

        EmbeddedMariaDb first = EmbeddedMariaDb.start(properties);
        try (Connection connection = DriverManager.getConnection(first.database("restart_check"), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note VARCHAR(40))");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        } finally {
            stop(first);
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
        try (Connection connection = DriverManager.getConnection(second.database("restart_check"), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            stop(second);
        }
    }

    private static void stop(EmbeddedMariaDb db) throws ManagedProcessException {
        db.stop();
    }
}
