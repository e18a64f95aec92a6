package org.allteach.discussion.internal;

import org.allteach.collaborative.CollaborativeClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a closed collaborative's open space and its teams' spaces into read-only archives, in the transaction that
 * closes it: members keep reading every thread, and nothing is deleted.
 */
@Component
class SpaceArchiving {

    private final SpaceRepository spaces;

    SpaceArchiving(SpaceRepository spaces) {
        this.spaces = spaces;
    }

    @EventListener
    void on(CollaborativeClosed closed) {
        spaces.findByCollaborativeId(closed.collaborativeId()).forEach(Space::archive);
    }
}
