package org.allteach.identity;

import java.util.Set;

/**
 * Lets a feature add Spring Security roles to a person at sign-in (e.g. ORGANISER when they organise a
 * collaborative), without identity knowing about that feature. Roles are read at sign-in; services check
 * the live data again for every call that matters.
 */
public interface AuthorityContributor {

    /** Role names without the {@code ROLE_} prefix. */
    Set<String> rolesOf(long personId);
}
