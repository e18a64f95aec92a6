package org.allteach.notification.internal;

import org.allteach.notification.Notifications;
import org.allteach.notification.NotificationsChanged;
import org.allteach.shared.ui.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Refreshes a person's open bells once a change to their notifications is committed. */
@Component
class LiveNotifications {

    private final LiveUpdates liveUpdates;

    LiveNotifications(LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NotificationsChanged changed) {
        liveUpdates.publish(Notifications.topic(changed.personId()));
    }
}
