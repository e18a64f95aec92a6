package org.allteach.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.allteach.identity.ui.LoginView;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in with Vaadin's login form and Spring Security. Vaadin's configurer adds CSRF handling for its own
 * requests, the login and logout flow and view access control ({@code @RolesAllowed} on routes); Spring Security
 * changes the session id at sign-in (session fixation protection).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Static assets (public by nature: styles, our scripts, icons) and the health endpoint for load
                // balancers; must come before Vaadin's catch-all.
                .requestMatchers("/webjars/**", "/styles.css", "/styles/**", "/scripts/**", "/images/**", "/icons/**",
                        "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                // Uploaded files: signed-in people only (anonymous requests go to the login page); FileStorage then
                // decides who sees which file. Spring MVC serves them, ahead of Vaadin's catch-all route.
                .requestMatchers("/files/**").authenticated()
                // Storyboard posters as PDF: signed-in people only; the library decides who may read which.
                .requestMatchers("/library/*/storyboard.pdf").authenticated()
                // Private calendar feeds: calendar programs cannot sign in; the secret token in the address is the
                // key, and the feed answers 404 for any other.
                .requestMatchers("/calendar/feed/*.ics").permitAll()
                // One-click unsubscribe (RFC 8058): mail clients POST without a session; the token is the key.
                .requestMatchers("/unsubscribe/one-click/*").permitAll());
        // ... and without a CSRF token, which they cannot have. It only ever turns email off.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/one-click/*"));
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Sessions are registered so a password change can end the person's other sessions.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry())
                .expiredUrl("/login"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep them forever. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm stored in the hash so it can change without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
