package org.allteach.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of the home page that a feature contributes (a Spring bean). Called once per visit of the home page,
 * in the signed-in person's request.
 */
public interface HomeSection {

    /** Lower comes first. */
    int order();

    /** The section for the signed-in person, or empty when there is nothing to show them. */
    Optional<Component> create();
}
