package org.allteach.discussion.ui;

import com.vaadin.flow.component.select.Select;
import org.allteach.discussion.NotificationLevel;

/** The watching / tracking / muted choice, worded as Discourse users know it. */
final class NotificationLevels {

    private NotificationLevels() {
    }

    static Select<NotificationLevel> select() {
        Select<NotificationLevel> select = new Select<>();
        select.setItems(NotificationLevel.values());
        select.setItemLabelGenerator(NotificationLevel::label);
        select.setAriaLabel("Notifications");
        select.setTooltipText("Watching: every new post. Tracking: replies to you and mentions. Muted: nothing.");
        select.addClassName("level-select");
        return select;
    }
}
