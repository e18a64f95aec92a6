package org.allteach.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A change refused because what it would change is an archive now (a closed collaborative's spaces, measures, cycles
 * and calendar). A refusal like any other, but its message is meant for the person: it says why and what still works.
 */
public class ReadOnlyArchive extends AccessDeniedException {

    public ReadOnlyArchive(String message) {
        super(message);
    }
}
