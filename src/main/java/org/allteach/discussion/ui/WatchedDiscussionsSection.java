package org.allteach.discussion.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.allteach.discussion.LevelChoice;
import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Posting;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.NotificationSettingsSection;
import org.allteach.shared.ui.SettingRow;
import org.springframework.core.annotation.Order;

/**
 * The notification settings page lists the threads and categories someone watches or muted, as Discourse's
 * preferences do, each with a button back to the default (tracking): a mute set months ago is otherwise forgotten.
 */
@org.springframework.stereotype.Component
@Order(1)
class WatchedDiscussionsSection implements NotificationSettingsSection {

    static final int SHOWN = 50;

    private final Posting posting;

    WatchedDiscussionsSection(Posting posting) {
        this.posting = posting;
    }

    @Override
    public Optional<Component> create() {
        List<LevelChoice> choices = posting.myLevelChoices(SHOWN + 1);
        Paragraph intro = new Paragraph("Watching sends you every new post; muted leaves a thread out of your "
                + "notifications and unread counts. Everything else is tracked: replies to you and mentions. Change "
                + "it with the bell button on a thread or category.");
        intro.addClassName("muted");
        Section section = new Section(new H2("Discussions you watch or muted"), intro);
        section.addClassName("watched-discussions");
        if (choices.isEmpty()) {
            Paragraph none = new Paragraph("You watch and mute nothing: every thread and category is tracked.");
            none.addClassName("watch-none");
            section.add(none);
            return Optional.of(section);
        }
        Div rows = new Div();
        rows.addClassName("notification-settings");
        choices.stream().limit(SHOWN).forEach(choice -> rows.add(row(choice)));
        section.add(rows);
        if (choices.size() > SHOWN) {
            Paragraph more = new Paragraph("And more: the " + SHOWN + " most recently active are listed.");
            more.addClassName("muted");
            section.add(more);
        }
        return Optional.of(section);
    }

    private SettingRow row(LevelChoice choice) {
        boolean watching = choice.level() == NotificationLevel.WATCHING;
        SettingRow row = new SettingRow(new Anchor(choice.link(), choice.title()),
                (choice.isThread() ? "Thread in " : "Category in ") + choice.where(),
                new Badge(choice.level().label(), "level", choice.level().name()));
        Button stop = new Button(watching ? "Stop watching" : "Unmute", click -> {
            if (choice.isThread()) {
                posting.setThreadLevel(choice.threadId(), NotificationLevel.TRACKING);
            } else {
                posting.setCategoryLevel(choice.categoryId(), NotificationLevel.TRACKING);
            }
            row.removeFromParent();
            FieldErrors.Notifications.success("“" + choice.title() + "” is tracked again.");
        });
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.setAriaLabel((watching ? "Stop watching " : "Unmute ") + choice.title());
        row.add(stop);
        return row;
    }
}
