package org.allteach.notification.ui;

import org.allteach.shared.ui.AccountMenuLink;
import org.springframework.stereotype.Component;

/** "Notification settings" in the account menu. */
@Component
class SettingsMenuLink implements AccountMenuLink {

    @Override
    public String label() {
        return "Notification settings";
    }

    @Override
    public String path() {
        return NotificationSettingsView.PATH;
    }
}
