/**
 * Notifications. In-app notifications ({@link org.allteach.notification.Notifications}): features tell a person
 * something from their own after-commit listeners, the person's choice per type
 * ({@link org.allteach.notification.NotificationPreferences}) sends it to the bell, by email at once, into a daily or
 * weekly digest, or nowhere; every email carries a one-click unsubscribe link
 * ({@link org.allteach.notification.Unsubscribes}). And the email outbox: features queue mail in their own
 * transaction, now or for later (reminders), with attachments (calendar invitations), headers and a key to cancel it
 * by; a scheduled sender delivers it with retries, so an SMTP outage loses nothing. Scheduled reminders: features
 * implement {@link org.allteach.notification.ReminderSource}, and one job asks each for the reminders that fell due
 * since it last asked. See decisions 5, 31, 32 and 36.
 */
package org.allteach.notification;
