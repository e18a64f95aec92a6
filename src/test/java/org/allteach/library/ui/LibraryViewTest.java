package org.allteach.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.allteach.identity.ActingAs;
import org.allteach.library.LibraryWatching;
import org.allteach.library.ResourceKind;
import org.allteach.library.WatchedLibrary;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The library page's watch toggle, which watches what the kinds filter shows, without a browser. */
@AllTeachTest
class LibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    LibraryWatching watching;

    @Test
    void theToggleWatchesTheWholeLibraryOrTheChosenKindsAndSaysSo() {
        Person me = scenarios.newPerson("Wanda Watcher");
        actingAs.run(me.id(), () -> {
            LibraryView view = navigate(LibraryView.class);
            assertThat(view.watch.getText()).isEqualTo("Watch");
            assertThat(view.watch.getTooltip().getText())
                    .isEqualTo("Get a notification for each new resource you may open in the library.");

            test(view.watch).click();
            assertThat(view.watch.getText()).isEqualTo("Watching");
            assertThat(view.watch.getElement().getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(watching.mine().wholeLibrary()).isTrue();

            view.resources.kinds.setValue(Set.of(ResourceKind.PAPER));
            assertThat(view.watch.getText()).isEqualTo("Watching");
            test(view.watch).click();
            assertThat(view.watch.getText()).isEqualTo("Watch");
            WatchedLibrary watched = watching.mine();
            assertThat(watched.wholeLibrary()).isFalse();
            assertThat(watched.kinds()).isEqualTo(EnumSet.complementOf(EnumSet.of(ResourceKind.PAPER)));

            view.resources.kinds.setValue(Set.of(ResourceKind.TOOL, ResourceKind.RECORDING));
            assertThat(view.watch.getText()).isEqualTo("Watching");
            assertThat(view.watch.getTooltip().getText()).isEqualTo(
                    "You get a notification for each new recording, tool or template you may open. Click to stop.");

            view.resources.kinds.clear();
            assertThat(view.watch.getText()).isEqualTo("Watch");
            test(view.watch).click();
            assertThat(navigate(LibraryView.class).watch.getText()).isEqualTo("Watching");
        });
    }
}
