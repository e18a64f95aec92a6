package org.allteach.library.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.allteach.library.LibraryWatching;
import org.allteach.library.ResourceKind;
import org.allteach.library.WatchedLibrary;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.NotificationSettingsSection;
import org.allteach.shared.ui.SettingRow;
import org.springframework.core.annotation.Order;

/** The notification settings page says what someone watches in the library, with a button to stop. */
@org.springframework.stereotype.Component
@Order(2)
class WatchedLibrarySection implements NotificationSettingsSection {

    private final LibraryWatching watching;

    WatchedLibrarySection(LibraryWatching watching) {
        this.watching = watching;
    }

    @Override
    public Optional<Component> create() {
        WatchedLibrary watched = watching.mine();
        Section section = new Section(new H2("Library you watch"));
        section.addClassName("watched-library");
        if (watched.isEmpty()) {
            Paragraph none = new Paragraph(new Span("You watch nothing in the library. "),
                    new RouterLink("Watch it", LibraryView.class),
                    new Span(" to hear of new toolkits, change packages and papers."));
            none.addClassName("watch-none");
            section.add(none);
            return Optional.of(section);
        }
        SettingRow row = new SettingRow(new Span(watched.wholeLibrary() ? "The whole library" : kinds(watched)),
                watched.wholeLibrary() ? "A notification for each new resource you may open."
                        : "A notification for each new resource of these kinds that you may open.");
        Button stop = new Button("Stop watching", click -> {
            watching.unwatch(List.of());
            row.removeFromParent();
            section.add(new Paragraph("You no longer watch the library."));
            FieldErrors.Notifications.success("You no longer watch the library.");
        });
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.setAriaLabel("Stop watching the library");
        row.add(stop);
        Div rows = new Div(row);
        rows.addClassName("notification-settings");
        section.add(rows);
        return Optional.of(section);
    }

    private static String kinds(WatchedLibrary watched) {
        return watched.kinds().stream().sorted().map(ResourceKind::label).collect(Collectors.joining(" · "));
    }
}
