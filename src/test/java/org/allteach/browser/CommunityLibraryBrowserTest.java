package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.allteach.collaborative.Collaboratives;
import org.allteach.community.Community;
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

/**
 * "Nothing lost" in the browser: an alumna carries her team's toolkit from the closed collaborative's archive to the
 * community library, and a member of the new cohort who joined the community finds it in search and downloads it;
 * a member who did not join finds nothing.
 */
class CommunityLibraryBrowserTest extends BrowserTestBase {

    @Autowired
    private Collaboratives collaboratives;
    @Autowired
    private Community community;
    @Autowired
    private Library library;
    @Autowired
    private FileStorage files;
    @Autowired
    private Search search;
    @Autowired
    private LuceneIndex index;

    @Test
    void anAlumnaSharesAToolkitAndAnOptedInMemberOfTheNewCohortFindsAndDownloadsIt() {
        Scenario ended = scenarios.create();
        Scenario next = scenarios.create();
        clock.advance(Duration.ofDays(4));
        SearchTestSupport.awaitIndexReady(index);
        String word = SearchTestSupport.uniqueWord();
        // other tests share the community library: the toolkit's title is this test's own
        String title = "Pharmacist call toolkit " + Scenarios.unique();
        StoredFile pdf = as(ended.leadA(), () -> files.store("Pharmacist call toolkit.pdf", new ByteArrayInputStream(
                OfficeDocuments.pdf("Call every patient within 48 hours of a medication change: " + word)),
                UploadRules.documents(5_000_000)));
        long toolkit = as(ended.leadA(), () -> library.add(new ResourceDetails(ended.collaborativeId(),
                ResourceKind.TOOLKIT, title, "Call scripts and a **tracking sheet**.",
                "Hypertension", List.of("pharmacist calls"), 2026, null, null,
                Visibility.COLLABORATIVE, null), pdf.id(), "First edition"));
        as(ended.organiser(), () -> collaboratives.close(ended.collaborativeId()));
        as(next.participantA(), () -> community.optIn(true));

        signIn(ended.leadA());
        open("community");
        page.locator(".community-library-link").click();
        page.waitForURL(url -> url.endsWith("/library/community"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Community library");
        open("library/" + toolkit);
        button("Share with the community").click();
        page.waitForURL(url -> url.matches(".*/library/\\d+$") && !url.endsWith("/library/" + toolkit));
        waitForVaadin();
        assertThat(page.locator(".resource-facts")).containsText("Shared with: The community of practice");
        assertThat(page.locator(".resource-facts")).containsText("From: " + ended.collaborativeName());
        assertThat(page.locator(".version-row")).hasCount(1);
        screenshot("community-library-shared");
        open("library/community");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(title))).isVisible();
        screenshot("community-library");

        // the copy's text comes with it; the original's was read in the background
        Await.until(() -> as(next.participantA(), () -> search.search(SearchQuery.of(word))).total(),
                total -> total == 1);
        Page member = newSession();
        signIn(member, next.participantA().email(), Scenarios.PASSWORD);
        Locator box = member.locator("vaadin-text-field.shell-search input");
        box.fill(word);
        box.press("Enter");
        member.waitForURL(url -> url.contains("search?q=" + word));
        waitForVaadin(member);
        assertThat(member.locator(".hit")).hasCount(1);
        screenshot(member, "community-library-search");
        member.locator(".hit-title").first().click();
        member.waitForURL(url -> url.matches(".*/library/\\d+$"));
        waitForVaadin(member);
        assertThat(member.locator("h1")).hasText(title);
        String href = member.locator(".version-row a").first().getAttribute("href");
        var download = member.request().get(url(href));
        org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(download.headers().get("content-type"))
                .startsWith("application/pdf");

        Page notJoined = newSession();
        signIn(notJoined, next.participantB().email(), Scenarios.PASSWORD);
        open(notJoined, "search?q=" + word);
        assertThat(notJoined.locator(".hit")).hasCount(0);
        var refused = notJoined.request().get(url(href));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isNotEqualTo(200);
        open(notJoined, "library/community");
        assertThat(notJoined.locator(".page-lead")).containsText("is for the community of practice");
        screenshot(notJoined, "community-library-not-a-member");
    }
}
