package org.allteach.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part a feature adds to the signed-in person's profile page (the community's "Alumni of …" history), as a Spring
 * bean. Lives here because identity, which owns the profile page, may depend on no feature.
 */
public interface ProfileSection {

    /** A new component for the signed-in person's profile, or empty when the feature has nothing to show them. */
    Optional<Component> create();
}
