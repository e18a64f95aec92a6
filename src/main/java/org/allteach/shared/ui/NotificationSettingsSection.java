package org.allteach.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part a feature adds to the notification settings page, as a Spring bean: what the signed-in person watches or
 * muted in that feature, with a way to stop. Lives here because the notification module, which owns the page, sits
 * below the features and may not depend on them.
 */
public interface NotificationSettingsSection {

    /** A new component for the signed-in person, or empty when the feature has nothing to show them. */
    Optional<Component> create();
}
