/**
 * Direct messages: 1:1 and small-group conversations between people who share a context (a collaborative), with
 * per-person read state. {@link org.allteach.messaging.Conversations} works on one conversation,
 * {@link org.allteach.messaging.Inbox} lists a person's conversations and counts what is unread. Every call checks
 * that the signed-in person takes part; a conversation they are not in looks like one that does not exist.
 * {@link org.allteach.messaging.MessageSent} is published for notifications.
 */
package org.allteach.messaging;
