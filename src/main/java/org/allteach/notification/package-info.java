/**
 * Notifications. For now the email outbox: features queue mail in their own transaction; a scheduled sender
 * delivers it with retries, so an SMTP outage loses nothing.
 */
package org.allteach.notification;
