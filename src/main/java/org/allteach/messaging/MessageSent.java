package org.allteach.messaging;

import java.util.Set;

/**
 * A participant sent a message (not a note) to a conversation; published in the sending transaction. For
 * notifications (email, bell) and live pages.
 *
 * @param recipientIds the other participants at the time of sending
 */
public record MessageSent(long conversationId, long messageId, long senderId, Set<Long> recipientIds) {

    public MessageSent {
        recipientIds = Set.copyOf(recipientIds);
    }
}
