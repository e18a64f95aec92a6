package org.allteach.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Posting;
import org.allteach.identity.ActingAs;
import org.allteach.library.LibraryWatching;
import org.allteach.library.ResourceKind;
import org.allteach.notification.Delivery;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationPreferences;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell, the notifications page and the settings page without a browser. */
@AllTeachTest
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    Discussions discussions;
    @Autowired
    Posting posting;
    @Autowired
    LibraryWatching libraryWatching;

    /**
     * Live updates arrive from another thread as UI access tasks, which wait while the test holds the session; run
     * them while the person is still signed in, as they would be in their own session.
     */
    private static void runLiveUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        long deadline = System.currentTimeMillis() + 2000;
        while (session.getPendingAccessQueue().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void theSettingsPageShowsTheDefaultsAndSavesAChoiceAsItIsMade() {
        Person person = scenarios.newPerson("Rosa Settings");
        actingAs.run(person.id(), () -> {
            NotificationSettingsView view = navigate(NotificationSettingsView.class);
            assertThat(view.choices).hasSize(NotificationType.values().length);
            assertThat(view.choices.get(NotificationType.MENTION).getValue()).isEqualTo(Delivery.EMAIL_NOW);
            assertThat(view.choices.get(NotificationType.REPLY).getValue()).isEqualTo(Delivery.DAILY_DIGEST);

            test(view.choices.get(NotificationType.REPLY)).selectItem("Weekly digest email");
            test(view.choices.get(NotificationType.REACTION)).selectItem("Off");

            assertThat(preferences.mine()).containsEntry(NotificationType.REPLY, Delivery.WEEKLY_DIGEST)
                    .containsEntry(NotificationType.REACTION, Delivery.OFF)
                    .containsEntry(NotificationType.MENTION, Delivery.EMAIL_NOW);
            assertThat(view.summary.getValue()).as("the summary is on until turned off").isTrue();
            test(view.summary).click();
            assertThat(preferences.wantsSummary()).isFalse();

            navigate(NotificationsView.class);
            NotificationSettingsView again = navigate(NotificationSettingsView.class);
            assertThat(again.choices.get(NotificationType.REPLY).getValue()).isEqualTo(Delivery.WEEKLY_DIGEST);
            assertThat(again.summary.getValue()).isFalse();
        });
    }

    @Test
    void theSettingsPageListsWhatIsWatchedOrMutedAndStopsItWithOneClick() {
        Scenario s = scenarios.create();
        long category = actingAs.call(s.leadA().id(), () -> discussions.mySpaces()).stream()
                .filter(space -> space.name().equals(s.collaborativeName()))
                .flatMap(space -> space.categories().stream()).findFirst().orElseThrow().id();
        long thread = actingAs.call(s.leadA().id(), () -> posting.startThread(
                new NewThread(category, "Walk-in hours for BP checks", "What we tried.", List.of())));
        actingAs.run(s.participantA().id(), () -> {
            posting.setThreadLevel(thread, NotificationLevel.WATCHING);
            libraryWatching.watch(List.of(ResourceKind.CHANGE_PACKAGE, ResourceKind.TOOLKIT));

            navigate(NotificationSettingsView.class);
            assertThat($(Anchor.class).withText("Walk-in hours for BP checks").single().getHref())
                    .isEqualTo("discuss/t/" + thread);
            assertThat($(Span.class).withText("Implementation toolkit · Change package").exists()).isTrue();

            test($(Button.class).withAriaLabel("Stop watching Walk-in hours for BP checks").single()).click();
            assertThat(posting.myLevelChoices(10)).isEmpty();
            assertThat($(Anchor.class).withText("Walk-in hours for BP checks").exists()).isFalse();

            test($(Button.class).withAriaLabel("Stop watching the library").single()).click();
            assertThat(libraryWatching.mine().isEmpty()).isTrue();

            navigate(NotificationsView.class); // the same route again would keep this instance
            navigate(NotificationSettingsView.class);
            assertThat($(Paragraph.class).withText("You watch and mute nothing: every thread and category is "
                    + "tracked.").exists()).isTrue();
        });
    }

    @Test
    void theBellCountsUnreadItemsListsTheLatestAndMarksThemAllRead() {
        Person me = scenarios.newPerson("Bella Bell");
        Person other = scenarios.newPerson("Otto Other");
        for (int i = 1; i <= 12; i++) {
            notifications.notify(new NewNotification(me.id(), NotificationType.DIRECT_MESSAGE,
                    "bell-test-" + i + "-" + Scenarios.unique(), other.id(), "sent you a message", "Message " + i,
                    "messages"));
        }
        actingAs.run(me.id(), () -> {
            navigate(NotificationsView.class);
            NotificationBell bell = $(NotificationBell.class).single();
            assertThat(bell.count.isVisible()).isTrue();
            assertThat(bell.count.getText()).isEqualTo("12");

            test(bell.dropdown).open();
            assertThat(bell.list.getChildren()).hasSize(NotificationBell.LATEST);
            test(bell.markAllRead).click();

            assertThat(bell.count.isVisible()).isFalse();
            assertThat(notifications.unreadCount()).isZero();
            runLiveUpdates();
        });
    }

    @Test
    void theNotificationsPagePagesThroughEverythingAndMarksAllRead() {
        Person me = scenarios.newPerson("Nina Pages");
        Person other = scenarios.newPerson("Omar Other");
        for (int i = 1; i <= 30; i++) {
            notifications.notify(new NewNotification(me.id(), NotificationType.REPLY,
                    "page-test-" + i + "-" + Scenarios.unique(), other.id(), "posted in “Thread " + i + "”", "",
                    "discuss"));
        }
        actingAs.run(me.id(), () -> {
            NotificationsView view = navigate(NotificationsView.class);
            assertThat(test(view.list).size()).isEqualTo(30);
            assertThat(test(view.list).getItem(0).title()).isEqualTo("Omar Other posted in “Thread 30”");
            assertThat(test(view.list).getItem(29).title()).isEqualTo("Omar Other posted in “Thread 1”");

            test(view.markAllRead).click();

            assertThat(notifications.unreadCount()).isZero();
            assertThat(view.markAllRead.isEnabled()).isFalse();
            runLiveUpdates();
        });
    }
}
