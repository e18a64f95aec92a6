package org.allteach.messaging;

/** A person read further in a conversation; published in that transaction, for their unread badge on other pages. */
public record ConversationRead(long conversationId, long personId, long lastReadMessageId) {
}
