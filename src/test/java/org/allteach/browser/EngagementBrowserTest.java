package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.allteach.engagement.Engagement;
import org.allteach.engagement.EngagementRows;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organiser opens the team engagement dashboard, sorts the teams by posts this month, filters them, and downloads
 * the CSV. Runs in the shared test application: a second web application in the same JVM (the demo's) made later
 * tests' file downloads fail, so the demo's dashboard is checked by DemoDataTest and this test builds its own month.
 */
class EngagementBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOrganiserSortsFiltersAndDownloadsTheDashboard() throws IOException {
        Scenario s = scenarios.create();
        EngagementRows activity = new EngagementRows(jdbc);
        Instant now = Instant.now();
        activity.post(s.collaborativeId(), s.teamA(), s.participantA().id(), now.minusSeconds(60));
        activity.post(s.collaborativeId(), s.teamB(), s.participantB().id(), now.minusSeconds(120));
        activity.post(s.collaborativeId(), s.teamB(), s.participantB().id(), now.minusSeconds(180));

        signIn(s.organiser());
        open("organise/dashboard?collaborative=" + s.collaborativeId());
        assertThat(page.locator("h1")).hasText("Team engagement");
        Locator rows = page.locator("vaadin-grid-cell-content .engagement-team-name");
        assertThat(rows.first()).isVisible();
        int teams = rows.count();
        assertThat(teams).isEqualTo(2);
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
        assertThat(posts).containsExactly(2, 1);
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
