package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.allteach.engagement.Engagement;
import org.allteach.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo collaborative's organiser opens the team engagement dashboard from the navigation, sorts the teams by
 * posts this month, filters them, and downloads the CSV. Runs on the demo data in its own schema,
 * search index and file store: a second application context must not share (and replace) another's index folder.
 */
@TestPropertySource(properties = {"allteach.demo-data=true",
        "allteach.embedded-database.database-name=allteach_demo_browser", "allteach.mail.outbox.poll-interval=1h",
        "allteach.search.root=target/test-search-demo-browser", "allteach.files.root=target/test-files-demo-browser"})
class EngagementBrowserTest extends BrowserTestBase {

    private static final String ORGANISER = "dana.whitfield@pdhe.example";
    private static final String PASSWORD = "learn-together-2026";

    @Test
    void theOrganiserSortsFiltersAndDownloadsTheDashboard() throws IOException {
        signIn(page, ORGANISER, PASSWORD);
        page.locator("vaadin-side-nav-item:has-text('Team engagement')").click();
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Team engagement");
        Locator rows = page.locator("vaadin-grid-cell-content .engagement-team-name");
        assertThat(rows.first()).isVisible();
        int teams = rows.count();
        assertThat(teams).isGreaterThan(1);
        screenshot("engagement-dashboard");
        page.locator(".engagement-grid").scrollIntoViewIfNeeded();
        page.locator(".engagement-grid").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "engagement-dashboard-grid.png")));

        page.locator("vaadin-grid-sorter:has-text('Posts this month')").click();
        page.locator("vaadin-grid-sorter:has-text('Posts this month')").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid-sorter:has-text('Posts this month')"))
                .hasAttribute("direction", "desc");
        List<Integer> posts = page.locator("vaadin-grid-cell-content .engagement-trend")
                .filter(new Locator.FilterOptions().setHas(page.locator(".sparkline")))
                .locator(".engagement-number").allTextContents().stream().map(Integer::valueOf).toList();
        assertThat(posts).hasSize(teams).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        screenshot("engagement-dashboard-sorted");

        String firstTeam = rows.first().textContent().strip();
        field("Filter").fill(firstTeam);
        waitForVaadin();
        // the grid keeps the cells of rows it hides; the rows left on show are the filter's
        Locator shown = rows.filter(new Locator.FilterOptions().setVisible(true));
        assertThat(shown).hasCount(1);
        assertThat(shown.first()).hasText(firstTeam);
        screenshot("engagement-dashboard-filtered");

        Download csv = page.waitForDownload(() -> page.locator("a:has-text('Download CSV')").click());
        List<String> lines = Files.readString(csv.path(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo(String.join(",", Engagement.CSV_HEADER));
        assertThat(lines).hasSize(teams + 1);
    }
}
