/**
 * Notifications. For now the email outbox: features queue mail in their own transaction, now or for later
 * (reminders), with attachments (calendar invitations) and a key to cancel it by; a scheduled sender delivers it
 * with retries, so an SMTP outage loses nothing.
 */
package org.allteach.notification;
