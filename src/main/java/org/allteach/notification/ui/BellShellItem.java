package org.allteach.notification.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import org.allteach.notification.Notifications;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.shared.ui.ShellItem;

/** Puts the bell into the shell's header. */
@org.springframework.stereotype.Component
class BellShellItem implements ShellItem {

    private final Notifications notifications;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    BellShellItem(Notifications notifications, LiveUpdates liveUpdates, Clock clock) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, liveUpdates, clock);
    }
}
