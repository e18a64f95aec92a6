package org.allteach.messaging;

import java.util.Set;

/**
 * People were added to a conversation or left it (a note in the conversation says so). Published in the changing
 * transaction, for live pages.
 *
 * @param personIds everyone concerned: those in the conversation before and after the change
 */
public record ConversationChanged(long conversationId, Set<Long> personIds) {

    public ConversationChanged {
        personIds = Set.copyOf(personIds);
    }
}
