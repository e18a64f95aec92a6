package org.allteach.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;

import org.allteach.files.SampleFiles;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LibraryBrowserTest extends BrowserTestBase {

    @Autowired
    Library library;

    @Test
    void aTeamLeadSharesAToolkitAddsAVersionAndAnotherTeamDownloadsIt() {
        Scenario s = scenarios.create();
        signIn(s.leadA());
        open("library");
        button("Add a resource").click();
        waitForVaadin();

        field("Title").fill("Text reminder toolkit");
        choose("vaadin-select", "Kind", "Implementation toolkit");
        field("Summary").fill("Scripts and **consent wording** for appointment reminders.");
        field("Tags").fill("reminders, no-shows");
        field("Other authors").fill("L. Chen, University of Illinois Chicago");
        pick("toolkit.pdf", SampleFiles.windowsProgram());
        assertThat(page.locator("vaadin-custom-field.file-upload-field [slot='error-message']"))
                .containsText("its content is a Windows program");
        assertThat(field("Title")).hasValue("Text reminder toolkit");
        pick("Reminder toolkit.pdf", SampleFiles.pdf());
        assertThat(page.locator(".file-upload-item")).containsText("Reminder toolkit.pdf");
        screenshot("library-new-resource");
        button("Add to the library").click();
        page.waitForURL(url -> url.matches(".*/library/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Text reminder toolkit");
        assertThat(page.locator(".version-row")).hasCount(1);
        assertThat(page.locator(".resource-facts")).containsText("By: L. Chen, University of Illinois Chicago");

        pick("Reminder toolkit v2.docx", SampleFiles.docx());
        field("What changed? (optional)").fill("Added Spanish scripts");
        button("Add version").click();
        waitForVaadin();
        assertThat(page.locator(".version-row")).hasCount(2);
        assertThat(page.locator(".version-row").first()).containsText("Version 2");
        assertThat(page.locator(".version-row").first()).containsText("Added Spanish scripts");
        // the text is read in the background and the page says so without a reload; the first file starts the
        // text reader process, which takes seconds on a busy machine
        assertThat(page.locator(".version-row").first().locator(".text-status")).hasText("Searchable",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        screenshot("library-resource");

        Page other = newSession();
        signIn(other, s.participantB().email(), Scenarios.PASSWORD);
        open(other, "library");
        Locator row = other.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Text reminder toolkit"));
        assertThat(row).isVisible();
        screenshot(other, "library-list");
        other.getByText("Text reminder toolkit").first().click();
        waitForVaadin(other);
        Locator firstVersion = other.locator(".version-row").filter(new Locator.FilterOptions()
                .setHasText("Version 1")).locator("a");
        String href = firstVersion.getAttribute("href");
        var response = other.request().get(url(href));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        org.assertj.core.api.Assertions.assertThat(other.locator("section.card").isVisible()).isFalse();
    }

    @Test
    void aMemberWatchesChangePackagesAndHearsLiveWhenAnotherMemberAddsOne() {
        Scenario s = scenarios.create();
        signIn(s.participantB());
        open("library");
        choose("vaadin-multi-select-combo-box", "Kinds", "Change package");
        Locator watch = page.locator("vaadin-button.watch-toggle");
        assertThat(watch).hasAttribute("aria-pressed", "false");
        button("Watch").click();
        waitForVaadin();
        assertThat(watch).hasAttribute("aria-pressed", "true");
        assertThat(button("Watching")).isVisible();
        assertThat(watch.locator("vaadin-tooltip")).containsText(
                "You get a notification for each new change package you may open. Click to stop.");
        screenshot("library-watching");
        Locator count = page.locator(".notification-bell .bell-count");
        assertThat(count).isHidden();

        long id = as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(),
                ResourceKind.CHANGE_PACKAGE, "Same-day slots change package", "Two same-day slots a day.", null,
                List.of(), 2026, null, "https://example.org/same-day", Visibility.COLLABORATIVE, null), null, null));

        assertThat(count).hasText("1");
        page.locator(".notification-bell vaadin-button").click();
        Locator item = page.locator(".bell-list .notification-row").first();
        assertThat(item).containsText(s.leadA().name() + " added “Same-day slots change package” to the library");
        screenshot("library-watch-bell");
        item.click();
        page.waitForURL(url -> url.endsWith("/library/" + id));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Same-day slots change package");
    }

    private void pick(String name, byte[] content) {
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click())
                .setFiles(new FilePayload(name, "application/octet-stream", content));
        waitForVaadin();
    }
}
