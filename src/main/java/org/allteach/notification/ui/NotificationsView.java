package org.allteach.notification.ui;

import java.time.Clock;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.allteach.notification.NotificationView;
import org.allteach.notification.Notifications;
import org.allteach.notification.Recipient;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.shared.ui.PageHeader;

/** Every notification of the signed-in person, newest first, paged lazily; updated live. */
@Route(NotificationsView.PATH)
@PageTitle("Notifications · AllTeach")
@PermitAll
@StyleSheet("context://styles/notifications.css")
class NotificationsView extends Main {

    static final String PATH = "notifications";

    private final Notifications notifications;
    private final LiveUpdates liveUpdates;
    private final Recipient me;
    private final NotificationTimes times;
    final VirtualList<NotificationView> list = new VirtualList<>();
    final Button markAllRead = new Button("Mark all read", VaadinIcon.CHECK.create());
    private final Paragraph empty = new Paragraph("No notifications yet. Replies, mentions, reactions, messages, "
            + "coaching calls and credit news will show here.");
    private Registration subscription;

    NotificationsView(Notifications notifications, LiveUpdates liveUpdates, Clock clock) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.me = notifications.viewer();
        this.times = new NotificationTimes(me.zone(), me.locale(), clock);
        addClassNames("page", "notifications-page");
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
        });
        Button settings = new Button("Settings", VaadinIcon.COG.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.class)));
        list.addClassName("notification-list");
        list.setRenderer(new ComponentRenderer<>(item -> new NotificationRow(item, times, () -> open(item))));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> notifications.mine(query.getOffset(), query.getLimit()).stream(),
                query -> notifications.countMine()));
        empty.addClassName("muted");
        add(new PageHeader("Notifications", markAllRead, settings), empty, list);
        showWhetherEmpty();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        subscription = liveUpdates.subscribe(attach.getUI(), Notifications.topic(me.id()), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.remove();
        }
    }

    private void refresh() {
        list.getDataProvider().refreshAll();
        showWhetherEmpty();
    }

    private void showWhetherEmpty() {
        boolean none = notifications.countMine() == 0;
        empty.setVisible(none);
        list.setVisible(!none);
        markAllRead.setEnabled(notifications.unreadCount() > 0);
    }

    private void open(NotificationView item) {
        notifications.markRead(item.id());
        getUI().ifPresent(ui -> ui.navigate(item.link()));
    }
}
