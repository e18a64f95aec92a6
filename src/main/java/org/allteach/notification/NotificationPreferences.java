package org.allteach.notification;

import java.util.Map;

import org.allteach.notification.internal.Choices;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's choice, per type, of how to hear about notifications. */
@Service
public class NotificationPreferences {

    private final Choices choices;
    private final NotificationRecipients recipients;

    NotificationPreferences(Choices choices, NotificationRecipients recipients) {
        this.choices = choices;
        this.recipients = recipients;
    }

    /** Every type with the signed-in person's choice, defaults where they never chose, in the types' order. */
    @Transactional(readOnly = true)
    public Map<NotificationType, Delivery> mine() {
        return choices.of(me());
    }

    @Transactional
    public void choose(NotificationType type, Delivery delivery) {
        choices.choose(me(), type, delivery);
    }

    /** Whether the signed-in person gets the "What you missed" email after a week away. */
    @Transactional(readOnly = true)
    public boolean wantsSummary() {
        return choices.wantsSummary(me());
    }

    @Transactional
    public void chooseSummary(boolean wanted) {
        choices.chooseSummary(me(), wanted);
    }

    private long me() {
        return recipients.signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
