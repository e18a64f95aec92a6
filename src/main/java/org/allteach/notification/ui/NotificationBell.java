package org.allteach.notification.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.allteach.notification.NotificationView;
import org.allteach.notification.Notifications;
import org.allteach.notification.Recipient;
import org.allteach.shared.ui.LiveUpdates;

/**
 * The bell in the header: the unread count, kept live by server push, and a dropdown of the latest ten with "Mark all
 * read" and "See all". Also notes the person's visit (at most once an hour) for the activity summary.
 */
@StyleSheet("context://styles/notifications.css")
class NotificationBell extends Div implements AfterNavigationObserver {

    static final int LATEST = 10;
    private static final Duration VISIT_NOTE_INTERVAL = Duration.ofHours(1);

    private final Notifications notifications;
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    private final Recipient me;
    private final NotificationTimes times;
    final Button button = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover dropdown = new Popover();
    final Div list = new Div();
    final Button markAllRead = new Button("Mark all read");
    private Registration subscription;
    private Instant visitNoted;

    NotificationBell(Notifications notifications, LiveUpdates liveUpdates, Clock clock) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
        this.me = notifications.viewer();
        this.times = new NotificationTimes(me.zone(), me.locale(), clock);
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.addClassName("bell-button");
        count.addClassName("bell-count");
        count.setVisible(false);
        add(button, count);

        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
        });
        H3 heading = new H3("Notifications");
        Div top = new Div(heading, markAllRead);
        top.addClassName("bell-top");
        list.addClassName("bell-list");
        RouterLink seeAll = new RouterLink("See all", NotificationsView.class);
        seeAll.addClassName("bell-see-all");
        seeAll.getElement().addEventListener("click", click -> dropdown.close());
        RouterLink settings = new RouterLink("Settings", NotificationSettingsView.class);
        settings.addClassName("bell-settings");
        settings.getElement().addEventListener("click", click -> dropdown.close());
        Div bottom = new Div(seeAll, settings);
        bottom.addClassName("bell-bottom");
        Div panel = new Div(top, list, bottom);
        panel.addClassName("bell-panel");
        dropdown.add(panel);
        dropdown.setTarget(button);
        dropdown.setPosition(PopoverPosition.BOTTOM_END);
        dropdown.setAriaLabel("Notifications");
        dropdown.addThemeVariants(PopoverVariant.LUMO_NO_PADDING);
        dropdown.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showLatest();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        subscription = liveUpdates.subscribe(attach.getUI(), Notifications.topic(me.id()), this::refresh);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (visitNoted == null || visitNoted.isBefore(clock.instant().minus(VISIT_NOTE_INTERVAL))) {
            visitNoted = clock.instant();
            notifications.visited();
        }
    }

    private void refresh() {
        int unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? "Notifications" : "Notifications, " + unread + " unread";
        button.setAriaLabel(label);
        button.setTooltipText(label);
        markAllRead.setEnabled(unread > 0);
        if (dropdown.isOpened()) {
            showLatest();
        }
    }

    private void showLatest() {
        list.removeAll();
        List<NotificationView> latest = notifications.mine(0, LATEST);
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph("Nothing yet. Replies, mentions, messages and other news for you "
                    + "will show here.");
            none.addClassName("bell-empty");
            list.add(none);
        }
        latest.forEach(item -> list.add(new NotificationRow(item, times, () -> open(item))));
    }

    private void open(NotificationView item) {
        notifications.markRead(item.id());
        dropdown.close();
        getUI().ifPresent(ui -> ui.navigate(item.link()));
    }
}
