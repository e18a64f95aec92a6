package org.allteach.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part a feature adds to the community page (the calendar's upcoming sessions), as a Spring bean. Lives here, like
 * {@link ProfileSection}: the community module may not depend on the features that depend on it.
 */
public interface CommunityPageSection {

    /**
     * A new component for the signed-in person's community page, or empty when the feature has nothing to show. The
     * page asks only its members.
     */
    Optional<Component> create();
}
