package org.allteach.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one test configuration: the whole application on a real (embedded) MariaDB and a real web server on a random
 * port, GreenMail as SMTP server, a clock tests can move. Every test class uses the same, so Spring starts the
 * application once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.PropertiesInitializer.class)
@Import(TestSupportConfiguration.class)
public @interface AllTeachTest {
}
