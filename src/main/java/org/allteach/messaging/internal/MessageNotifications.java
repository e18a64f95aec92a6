package org.allteach.messaging.internal;

import org.allteach.messaging.MessageSent;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other participants of a conversation about a new message once it is committed. Messages of one
 * conversation share an item while it is unread ("Ana and Li sent you messages in …" is one line, not ten).
 */
@Component
class MessageNotifications {


    private final Notifications notifications;
    private final ConversationMessageRepository messages;
    private final ConversationRepository conversations;

    MessageNotifications(Notifications notifications, ConversationMessageRepository messages,
                         ConversationRepository conversations) {
        this.notifications = notifications;
        this.messages = messages;
        this.conversations = conversations;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(MessageSent sent) {
        String text = messages.findById(sent.messageId()).map(message -> NewNotification.excerpt(message.getBody()))
                .orElse("");
        String subject = conversations.findById(sent.conversationId()).map(Conversation::getSubject)
                .filter(s -> s != null && !s.isBlank()).orElse(null);
        String action = subject == null ? "sent you a message" : "wrote in “" + subject + "”";
        for (long recipient : sent.recipientIds()) {
            notifications.notifyIsolated(new NewNotification(recipient, NotificationType.DIRECT_MESSAGE,
                    "message-" + sent.messageId(), sent.senderId(), action, text,
                    "messages/" + sent.conversationId(), "conversation-" + sent.conversationId()));
        }
    }
}
