package org.allteach.identity;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs code as a given person, with the same roles and checks as if they had signed in. For work the system does
 * on someone's behalf (demo data, scheduled jobs) and for tests; never reachable from a page.
 */
@Component
public class ActingAs {

    private final UserDetailsService userDetailsService;
    private final Accounts accounts;

    ActingAs(UserDetailsService userDetailsService, Accounts accounts) {
        this.userDetailsService = userDetailsService;
        this.accounts = accounts;
    }

    public <T> T call(long personId, Supplier<T> work) {
        UserDetails person = userDetailsService.loadUserByUsername(accounts.profile(personId).email());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(long personId, Runnable work) {
        call(personId, () -> {
            work.run();
            return null;
        });
    }
}
