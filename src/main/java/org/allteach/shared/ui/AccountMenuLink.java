package org.allteach.shared.ui;

/**
 * An entry a feature adds to the shell's account menu ("Notification settings"), as a Spring bean; see
 * {@link ShellItem} for why it lives here.
 */
public interface AccountMenuLink {

    String label();

    /** The route it opens, as in {@code @Route}, e.g. {@code "settings/notifications"}. */
    String path();
}
