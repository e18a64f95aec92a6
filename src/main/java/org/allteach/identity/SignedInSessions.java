package org.allteach.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.allteach.identity.internal.PersonPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions when their password changes, so a session someone else opened with the old password
 * stops working. Spring Security signs an ended session out on its next request.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Every session of the person but the one making this request. */
    void endOtherSessionsOf(long personId) {
        String current = currentSessionId().orElse("");
        sessionsOf(personId).stream().filter(session -> !session.getSessionId().equals(current))
                .forEach(SessionInformation::expireNow);
    }

    void endAllSessionsOf(long personId) {
        sessionsOf(personId).forEach(SessionInformation::expireNow);
    }

    private java.util.List<SessionInformation> sessionsOf(long personId) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PersonPrincipal person && person.personId() == personId)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }

    private static Optional<String> currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(false)).map(HttpSession::getId);
        }
        return Optional.empty();
    }
}
