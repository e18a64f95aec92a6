package org.allteach.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.allteach.notification.NotificationType;
import org.allteach.notification.NotificationView;
import org.allteach.notification.Notifications;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Watching kinds of resource, or the whole library, and hearing of new resources one may open. */
class LibraryWatchingTest extends IntegrationTestBase {

    @Autowired
    private Library library;
    @Autowired
    private LibraryWatching watching;
    @Autowired
    private Notifications notifications;

    private Scenarios.Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
    }

    @Test
    void aWatcherOfAKindHearsOnceOfANewResourceOfThatKindAndTheAuthorNever() {
        as(s.participantB(), () -> watching.watch(List.of(ResourceKind.CHANGE_PACKAGE)));
        as(s.leadA(), () -> watching.watch(List.of()));

        long id = add(ResourceKind.CHANGE_PACKAGE, "No-show change package", Visibility.COLLABORATIVE, null);
        as(s.leadA(), () -> library.update(id, details(ResourceKind.CHANGE_PACKAGE, "No-show change package, 2nd ed.",
                Visibility.COLLABORATIVE, null)));
        long tool = add(ResourceKind.TOOL, "Reminder script", Visibility.COLLABORATIVE, null);

        assertThat(newResources(s.participantB())).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("library/" + id);
            assertThat(item.title()).isEqualTo(s.leadA().name() + " added “No-show change package” to the library");
            assertThat(item.text()).startsWith("Change package · Send a text");
        });
        assertThat(newResources(s.leadA())).isEmpty();
        assertThat(newResources(s.participantB())).extracting(NotificationView::link)
                .doesNotContain("library/" + tool);
    }

    @Test
    void aTeamResourceReachesOnlyTheWatchersWhoMayOpenIt() {
        for (Scenarios.Person watcher : List.of(s.participantA(), s.participantB(), s.coachA(), s.outsider())) {
            as(watcher, () -> watching.watch(List.of()));
        }

        long id = add(ResourceKind.TOOL, "Our huddle board", Visibility.TEAM, s.teamA());

        assertThat(newResources(s.participantA())).extracting(NotificationView::link).containsExactly("library/" + id);
        assertThat(newResources(s.coachA())).extracting(NotificationView::link).containsExactly("library/" + id);
        assertThat(newResources(s.participantB())).isEmpty();
        assertThat(newResources(s.outsider())).isEmpty();
    }

    @Test
    void aTeamResourceSharedWithTheCollaborativeLaterReachesTheNewReadersOnly() {
        as(s.participantA(), () -> watching.watch(List.of()));
        as(s.participantB(), () -> watching.watch(List.of()));
        long id = add(ResourceKind.TOOLKIT, "Huddle toolkit", Visibility.TEAM, s.teamA());
        assertThat(newResources(s.participantB())).isEmpty();

        as(s.leadA(), () -> library.update(id, details(ResourceKind.TOOLKIT, "Huddle toolkit",
                Visibility.COLLABORATIVE, null)));

        assertThat(newResources(s.participantB())).extracting(NotificationView::link).containsExactly("library/" + id);
        assertThat(newResources(s.participantA())).hasSize(1);
    }

    @Test
    void aNewVersionOfAWatchedResourceIsNotANewResource() {
        long id = add(ResourceKind.PAPER, "Interpreter use", Visibility.COLLABORATIVE, null);
        as(s.participantB(), () -> watching.watch(List.of(ResourceKind.PAPER)));

        as(s.leadA(), () -> library.update(id, details(ResourceKind.PAPER, "Interpreter use and no-shows",
                Visibility.COLLABORATIVE, null)));

        assertThat(newResources(s.participantB())).isEmpty();
    }

    @Test
    void unwatchingOneKindOfTheWholeLibraryKeepsTheOthersAndUnwatchingTheLibraryStopsAll() {
        as(s.participantB(), () -> watching.watch(List.of()));
        as(s.participantB(), () -> watching.unwatch(List.of(ResourceKind.PAPER)));

        WatchedLibrary watched = as(s.participantB(), () -> watching.mine());
        assertThat(watched.wholeLibrary()).isFalse();
        assertThat(watched.covers(Set.of(ResourceKind.PAPER))).isFalse();
        assertThat(watched.covers(Set.of(ResourceKind.TOOL, ResourceKind.RECORDING))).isTrue();
        long paper = add(ResourceKind.PAPER, "A paper", Visibility.COLLABORATIVE, null);
        long tool = add(ResourceKind.TOOL, "A tool", Visibility.COLLABORATIVE, null);
        assertThat(newResources(s.participantB())).extracting(NotificationView::link)
                .containsExactly("library/" + tool).doesNotContain("library/" + paper);

        as(s.participantB(), () -> watching.unwatch(List.of()));
        assertThat(as(s.participantB(), () -> watching.mine()).isEmpty()).isTrue();
        add(ResourceKind.TOOL, "Another tool", Visibility.COLLABORATIVE, null);
        assertThat(newResources(s.participantB())).hasSize(1);
    }

    @Test
    void aWatcherOutsideTheCollaborativeHearsNothingOfItsResources() {
        Scenarios.Scenario other = scenarios.create();
        as(other.participantA(), () -> watching.watch(List.of()));
        add(ResourceKind.TOOL, "Only for this collaborative", Visibility.COLLABORATIVE, null);
        assertThat(newResources(other.participantA())).isEmpty();
    }

    private long add(ResourceKind kind, String title, Visibility visibility, Long teamId) {
        return as(s.leadA(), () -> library.add(details(kind, title, visibility, teamId), null, null));
    }

    private ResourceDetails details(ResourceKind kind, String title, Visibility visibility, Long teamId) {
        return new ResourceDetails(s.collaborativeId(), kind, title, "Send a **text** two days before.", null,
                List.of(), 2026, null, "https://example.org/" + kind.name().toLowerCase(java.util.Locale.ROOT),
                visibility, teamId);
    }

    private List<NotificationView> newResources(Scenarios.Person person) {
        return as(person, () -> notifications.mine(0, 50)).stream()
                .filter(item -> item.type() == NotificationType.NEW_RESOURCE).toList();
    }
}
