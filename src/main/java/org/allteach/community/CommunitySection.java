package org.allteach.community;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to the community page (the calendar's upcoming office hours), as a Spring bean. The
 * community module depends on no feature that depends on it, so such features plug in here rather than being called.
 */
public interface CommunitySection {

    /** A new component for the signed-in member's community page, or empty when the feature has nothing to show. */
    Optional<Component> create();
}
