package org.allteach.messaging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.allteach.messaging.ConversationChanged;
import org.allteach.messaging.ConversationRead;
import org.allteach.messaging.MessageSent;
import org.allteach.shared.ui.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns committed messaging changes into live updates: an open conversation shows new messages, and every page of a
 * participant updates their conversation list and unread badge.
 */
@Component
class LiveMessaging {

    private final LiveUpdates liveUpdates;

    LiveMessaging(LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MessageSent sent) {
        liveUpdates.publish(conversationTopic(sent.conversationId()));
        liveUpdates.publish(personTopic(sent.senderId()));
        sent.recipientIds().forEach(id -> liveUpdates.publish(personTopic(id)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ConversationChanged changed) {
        liveUpdates.publish(conversationTopic(changed.conversationId()));
        changed.personIds().forEach(id -> liveUpdates.publish(personTopic(id)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ConversationRead read) {
        liveUpdates.publish(personTopic(read.personId()));
    }

    /** Calls back when a conversation gets a message or note, or its people change. */
    Registration onConversation(UI ui, long conversationId, Runnable onChange) {
        return liveUpdates.subscribe(ui, conversationTopic(conversationId), onChange);
    }

    /** Calls back when anything in a person's conversation list or unread count may have changed. */
    Registration onInbox(UI ui, long personId, Runnable onChange) {
        return liveUpdates.subscribe(ui, personTopic(personId), onChange);
    }

    private static String conversationTopic(long conversationId) {
        return "messaging/conversation/" + conversationId;
    }

    private static String personTopic(long personId) {
        return "messaging/person/" + personId;
    }
}
