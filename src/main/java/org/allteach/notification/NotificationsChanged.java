package org.allteach.notification;

/** A person's bell changed (an item added, grouped or read); published in the changing transaction. */
public record NotificationsChanged(long personId) {
}
