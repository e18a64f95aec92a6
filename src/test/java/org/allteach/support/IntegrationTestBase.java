package org.allteach.support;

import org.allteach.identity.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;

/** Shared wiring for service-level integration tests. */
@AllTeachTest
public abstract class IntegrationTestBase {

    @Autowired
    protected Scenarios scenarios;

    @Autowired
    protected ActingAs actingAs;

    @Autowired
    protected TestClock clock;

    @Autowired
    private AuthenticationConfiguration authentication;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Runs the code as this person, with their roles and checks. */
    protected <T> T as(Scenarios.Person person, java.util.function.Supplier<T> work) {
        return actingAs.call(person.id(), work);
    }

    protected void as(Scenarios.Person person, Runnable work) {
        actingAs.run(person.id(), work);
    }

    /** Whether the sign-in form would accept these credentials (same authentication manager). */
    protected boolean canSignIn(String email, String password) {
        try {
            return authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
