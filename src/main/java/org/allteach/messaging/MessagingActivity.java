package org.allteach.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.messaging.internal.ConversationMessageRepository;
import org.allteach.messaging.internal.ConversationMessageRepository.LastSent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How lately people wrote direct messages in a collaborative, for its engagement dashboard; never what they wrote. */
@Service
public class MessagingActivity {

    private final ConversationMessageRepository messages;
    private final CollaborativeAccess access;

    MessagingActivity(ConversationMessageRepository messages, CollaborativeAccess access) {
        this.messages = messages;
        this.access = access;
    }

    /**
     * When each person last wrote in a conversation of the collaborative since a moment, by person id; one GROUP BY
     * query, for the collaborative's organisers and coaches.
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastSentBySender(long collaborativeId, Instant since) {
        access.requireOrganiserOrCoach(collaborativeId);
        return messages.lastSentBySender(collaborativeId, since).stream()
                .collect(Collectors.toMap(LastSent::getPersonId, LastSent::getLastSentAt));
    }
}
