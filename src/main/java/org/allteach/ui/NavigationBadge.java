package org.allteach.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * A count on a side navigation entry ("Messages 3") that a feature contributes as a Spring bean, so the shell shows
 * it without knowing the feature. Called in the signed-in person's UI: in their request, or inside
 * {@code ui.access} for a live update, where service calls see them as the signed-in person.
 */
public interface NavigationBadge {

    /** The route of the menu entry the count belongs to, as in {@code @Route}, e.g. {@code "messages"}. */
    String path();

    /** The count for the signed-in person; 0 shows no badge. Keep it one cheap query: every page shows it. */
    int count();

    /** What a screen reader says for the count, e.g. "3 unread messages". */
    String describe(int count);

    /**
     * Calls {@code onChange} inside {@code ui.access} whenever the signed-in person's count may have changed, until
     * the registration is removed or the UI is detached (for example with {@code shared.ui.LiveUpdates}).
     */
    Registration subscribe(UI ui, Runnable onChange);
}
