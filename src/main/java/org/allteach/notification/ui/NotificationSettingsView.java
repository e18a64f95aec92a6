package org.allteach.notification.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.notification.Delivery;
import org.allteach.notification.NotificationPreferences;
import org.allteach.notification.NotificationType;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.NotificationSettingsSection;
import org.allteach.shared.ui.PageHeader;
import org.allteach.shared.ui.SettingRow;

/**
 * One choice per notification type: bell only, email at once, daily or weekly digest, or off, saved as chosen; then
 * what the person watches or muted in each feature ({@link NotificationSettingsSection}s), with a way to stop.
 */
@Route(NotificationSettingsView.PATH)
@PageTitle("Notification settings · AllTeach")
@PermitAll
@StyleSheet("context://styles/notifications.css")
class NotificationSettingsView extends Main {

    static final String PATH = "settings/notifications";

    final Map<NotificationType, Select<Delivery>> choices = new EnumMap<>(NotificationType.class);
    final Checkbox summary = new Checkbox();

    NotificationSettingsView(NotificationPreferences preferences, List<NotificationSettingsSection> featureSections) {
        addClassNames("page", "notification-settings-page");
        Paragraph intro = new Paragraph("Choose how you hear about each kind of news. Everything but “Off” also "
                + "shows under the bell. Digests arrive at 7 in the morning in your time zone (weekly: Mondays) "
                + "and list only what you have not read yet; every email has a link to unsubscribe from its kind.");
        intro.addClassName("muted");
        Div rows = new Div();
        rows.addClassName("notification-settings");
        preferences.mine().forEach((type, delivery) -> {
            Select<Delivery> select = new Select<>();
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(Delivery::label);
            select.setValue(delivery);
            select.setAriaLabel(type.label());
            select.addClassName("setting-select");
            select.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    preferences.choose(type, change.getValue());
                    FieldErrors.Notifications.success(type.label() + ": " + change.getValue().label());
                }
            });
            choices.put(type, select);
            rows.add(new SettingRow(new Span(type.label()), type.description(), select));
        });
        summary.setLabel("Send it");
        summary.setValue(preferences.wantsSummary());
        summary.addClassName("setting-select");
        summary.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                preferences.chooseSummary(change.getValue());
                FieldErrors.Notifications.success("What you missed: " + (change.getValue() ? "on" : "off"));
            }
        });
        rows.add(new SettingRow(new Span("What you missed"),
                "After a week away, one email on a Monday with what waits under your bell.", summary));
        add(new PageHeader("Notification settings"), intro, rows);
        featureSections.stream().map(NotificationSettingsSection::create).flatMap(Optional::stream).forEach(this::add);
    }
}
