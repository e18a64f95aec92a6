package org.allteach.identity;

import java.util.Optional;

import org.allteach.identity.internal.PersonPrincipal;
import org.allteach.identity.internal.PersonRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is asking: the signed-in person of the current request (or of a test's security context). */
@Component
public class CurrentPerson {

    private final PersonRepository people;

    CurrentPerson(PersonRepository people) {
        this.people = people;
    }

    public Optional<Long> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal) {
            return Optional.of(principal.personId());
        }
        return Optional.empty();
    }

    /** The signed-in person's id; refuses anonymous callers. */
    public long requireId() {
        return id().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /** Read from the database, not from the sign-in roles, so a change applies at once. */
    @Transactional(readOnly = true)
    public boolean isAdministrator() {
        return id().flatMap(people::findById).map(person -> person.isAdministrator()).orElse(false);
    }
}
