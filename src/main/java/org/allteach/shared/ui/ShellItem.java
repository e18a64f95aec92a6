package org.allteach.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts into the shell's header, next to the account menu (the notification bell), as a Spring
 * bean: the shell creates one component per page it builds. Lives here, not in the shell's package, because a feature
 * the shell's own dependencies rely on (notifications, which identity mails through) contributes one, and features
 * may not depend on each other in a circle.
 */
public interface ShellItem {

    /** A new component for one UI; it subscribes to what it shows while attached. */
    Component create();
}
