package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Events;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditReports;
import org.allteach.credits.ReportFixtures;
import org.allteach.identity.Accounts;
import org.allteach.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An organiser opens the CE reports from the activities page, switches the period and downloads the accreditor CSV. */
class CreditReportsBrowserTest extends BrowserTestBase {

    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;

    @Test
    void anOrganiserSwitchesThePeriodAndDownloadsTheAccreditorReport() throws IOException {
        ReportFixtures.Built built = new ReportFixtures(scenarios, actingAs, clock, events, attendance, activities,
                claims, accounts).build();
        signIn(built.scenario().organiser());
        open("credits/activities");
        page.locator("a.ce-reports-link").first().click();
        waitForVaadin();

        choose("vaadin-select", "Period", "Whole collaborative");
        assertThat(page.locator("vaadin-grid-cell-content:has-text('Learning Session 2')").first()).isVisible();
        assertThat(page.locator(".ce-report-summary")).containsText("learners attended");
        screenshot("credit-reports");

        fillDate("From", "1/1/2020");
        fillDate("To", "12/31/2020");
        assertThat(page.locator(".ce-report-empty")).containsText("Nobody attended or claimed credit");
        screenshot("credit-reports-empty");

        choose("vaadin-select", "Period", "Whole collaborative");
        page.locator("vaadin-tab:has-text('By team')").click();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('No team')").first()).isVisible();
        screenshot("credit-reports-by-team");

        Download csv = page.waitForDownload(() -> page.locator("a:has-text('Accreditor report (CSV)')").click());
        String firstLine = Files.readString(csv.path(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(firstLine).startsWith(String.join(",", CreditReports.ACCREDITOR_COLUMNS));
    }
}
