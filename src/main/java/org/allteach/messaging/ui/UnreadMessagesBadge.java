package org.allteach.messaging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.allteach.identity.CurrentPerson;
import org.allteach.messaging.Inbox;
import org.allteach.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** The number of unread messages on the Messages entry of the side navigation, kept live. */
@Component
class UnreadMessagesBadge implements NavigationBadge {

    private final Inbox inbox;
    private final CurrentPerson currentPerson;
    private final LiveMessaging live;

    UnreadMessagesBadge(Inbox inbox, CurrentPerson currentPerson, LiveMessaging live) {
        this.inbox = inbox;
        this.currentPerson = currentPerson;
        this.live = live;
    }

    @Override
    public String path() {
        return MessagesView.PATH;
    }

    @Override
    public int count() {
        return inbox.unreadCount();
    }

    @Override
    public String describe(int count) {
        return count == 1 ? "1 unread message" : count + " unread messages";
    }

    @Override
    public Registration subscribe(UI ui, Runnable onChange) {
        return live.onInbox(ui, currentPerson.requireId(), onChange);
    }
}
