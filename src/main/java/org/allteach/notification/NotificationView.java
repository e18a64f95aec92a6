package org.allteach.notification;

import java.time.Instant;

/** One item of the signed-in person's bell or notifications page. */
public record NotificationView(long id, NotificationType type, String title, String text, String link,
                               Instant updatedAt, boolean read) {
}
