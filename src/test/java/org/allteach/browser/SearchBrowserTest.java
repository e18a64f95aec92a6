package org.allteach.browser;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.Posting;
import org.allteach.discussion.SpaceKind;
import org.allteach.files.FileStorage;
import org.allteach.files.OfficeDocuments;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.search.Search;
import org.allteach.search.SearchQuery;
import org.allteach.search.SearchTestSupport;
import org.allteach.search.internal.LuceneIndex;
import org.allteach.support.Await;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SearchBrowserTest extends BrowserTestBase {

    @Autowired
    private Library library;
    @Autowired
    private FileStorage files;
    @Autowired
    private Discussions discussions;
    @Autowired
    private Posting posting;
    @Autowired
    private Search search;
    @Autowired
    private LuceneIndex index;

    @Test
    void aParticipantSearchesNarrowsByKindOpensTheToolkitAndDownloadsIt() {
        Scenario s = scenarios.create();
        SearchTestSupport.awaitIndexReady(index);
        String word = SearchTestSupport.uniqueWord();
        StoredFile pdf = as(s.leadA(), () -> files.store("Interpreter toolkit.pdf", new ByteArrayInputStream(
                OfficeDocuments.pdf("Book a qualified medical interpreter before the visit: " + word)),
                UploadRules.documents(5_000_000)));
        as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOLKIT,
                "Language access toolkit", "Scripts for **interpreter** booking.", "Health equity",
                List.of("language-access"), 2026, null, null, Visibility.COLLABORATIVE, null), pdf.id(), "First"));
        as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.PAPER,
                "Interpreter use and A1c control", "A study of " + word + " outcomes.", "Diabetes", List.of(), 2025,
                null, "https://example.org/paper", Visibility.COLLABORATIVE, null), null, null));
        long category = as(s.participantA(), () -> discussions.mySpaces()).stream()
                .filter(space -> space.kind() == SpaceKind.COLLABORATIVE)
                .flatMap(space -> space.categories().stream())
                .filter(c -> c.kind() == CategoryKind.SUCCESSES).findFirst().orElseThrow().id();
        as(s.participantA(), () -> posting.startThread(new NewThread(category, "Interpreters at check-in",
                "We put " + word + " cards at the front desk.", List.of("language-access"))));
        // the PDF is read in the background
        org.assertj.core.api.Assertions.assertThat(Await.until(() -> as(s.participantB(),
                () -> search.search(SearchQuery.of(word))).total(), total -> total == 3)).isEqualTo(3);

        signIn(s.participantB());
        Locator box = page.locator("vaadin-text-field.shell-search input");
        box.fill(word);
        box.press("Enter");
        page.waitForURL(url -> url.contains("search?q=" + word));
        waitForVaadin();
        assertThat(page.locator(".search-summary")).hasText("3 results for “" + word + "”");
        assertThat(page.locator(".hit")).hasCount(3);
        assertThat(page.locator(".hit mark").first()).hasText(word);
        assertThat(page.locator(".facet")).not().hasCount(0);
        screenshot("search-results");

        page.locator(".facet-value vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("Implementation toolkit")).click();
        page.waitForURL(url -> url.contains("kind="));
        waitForVaadin();
        assertThat(page.locator(".hit")).hasCount(1);
        assertThat(page.locator(".search-summary")).hasText("1 result for “" + word + "”");
        screenshot("search-filtered");

        page.locator(".hit-title").first().click();
        page.waitForURL(url -> url.matches(".*/library/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Language access toolkit");
        assertThat(page.locator(".similar-item")).not().hasCount(0);
        screenshot("resource-similar");
        String href = page.locator(".version-row a").first().getAttribute("href");
        var download = page.request().get(url(href));
        org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(download.headers().get("content-type"))
                .startsWith("application/pdf");

        page.goBack();
        page.waitForURL(url -> url.contains("kind="));
        waitForVaadin();
        assertThat(page.locator(".hit")).hasCount(1);
    }

    @Test
    void anOrganiserRebuildsTheIndexAndParticipantsCannotOpenThatPage() {
        Scenario s = scenarios.create();
        SearchTestSupport.awaitIndexReady(index);
        as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.RECORDING,
                "Learning session 2 recording", "", null, List.of(), 2026, null, "https://video.example.org/ls2",
                Visibility.COLLABORATIVE, null), null, null));
        signIn(s.organiser());
        open("search");
        page.getByText("Search index").click();
        page.waitForURL(url -> url.endsWith("search/index"));
        waitForVaadin();
        String before = page.locator(".fact-value").nth(1).textContent();
        button("Rebuild the index").click();
        assertThat(page.locator(".fact-value").nth(1)).not().hasText(before,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(button("Rebuild the index")).isEnabled();
        assertThat(page.locator(".fact-value").first()).not().hasText("0");
        screenshot("search-index");

        Page participant = newSession();
        signIn(participant, s.participantA().email(), Scenarios.PASSWORD);
        open(participant, "search/index");
        assertThat(participant.locator("h1")).not().hasText("Search index");
        assertThat(participant.getByText("Search index")).hasCount(0);
    }
}
