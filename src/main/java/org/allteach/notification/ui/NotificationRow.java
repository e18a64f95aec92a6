package org.allteach.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.allteach.notification.NotificationType;
import org.allteach.notification.NotificationView;

/** One notification as the bell and the notifications page show it; unread ones are marked. */
class NotificationRow extends Div {

    NotificationRow(NotificationView item, NotificationTimes times, Runnable open) {
        addClassName("notification-row");
        if (!item.read()) {
            addClassName("unread");
        }
        Span icon = new Span(icon(item.type()).create());
        icon.addClassName("notification-icon");
        Span title = new Span(item.title());
        title.addClassName("notification-title");
        Div texts = new Div(title);
        if (!item.text().isBlank()) {
            Span text = new Span(item.text());
            text.addClassName("notification-text");
            texts.add(text);
        }
        Span time = new Span(item.type().label() + " · " + times.brief(item.updatedAt()));
        time.addClassName("notification-time");
        texts.add(time);
        texts.addClassName("notification-texts");
        add(icon, texts);
        getElement().setAttribute("role", "link");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", (item.read() ? "" : "Unread: ") + item.title());
        addClickListener(click -> open.run());
        getElement().addEventListener("keydown", key -> open.run()).setFilter("event.key === 'Enter'");
    }

    private static VaadinIcon icon(NotificationType type) {
        return switch (type) {
            case REPLY -> VaadinIcon.REPLY;
            case MENTION -> VaadinIcon.AT;
            case REACTION -> VaadinIcon.HEART;
            case DIRECT_MESSAGE -> VaadinIcon.CHAT;
            case BOOKING -> VaadinIcon.PHONE;
            case EVENT_REMINDER -> VaadinIcon.CALENDAR_CLOCK;
            case CREDIT_READY, CLAIM_WINDOW_CLOSING -> VaadinIcon.DIPLOMA;
            case NEW_RESOURCE -> VaadinIcon.BOOK;
            case FLAG -> VaadinIcon.FLAG;
        };
    }
}
