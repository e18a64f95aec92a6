package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.MocFixtures;
import org.allteach.identity.Accounts;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MOC Part IV end to end: a participant attests their part in the QI project, their team lead co-signs, the organiser
 * approves, and the participant claims the points and downloads the certificate.
 */
class MocBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    @Autowired
    CreditActivities activities;
    @Autowired
    Accounts accounts;

    @Test
    void aParticipantAttestsTheLeadCoSignsTheOrganiserApprovesAndTheParticipantClaimsThePoints() throws Exception {
        MocFixtures.Project project = new MocFixtures(scenarios, actingAs, activities, accounts).project();
        Scenario s = project.scenario();

        signIn(s.participantA());
        open("credits");
        assertThat(page.locator(".moc-section")).containsText("Not attested yet");
        page.locator(".moc-section a:has-text('Hypertension control QI project')").click();
        page.waitForURL(url -> url.endsWith("credits/moc/" + project.activityId()));
        waitForVaadin();
        choose("vaadin-select", "From", MONTH.format(YearMonth.from(LocalDate.now().minusMonths(2))));
        choose("vaadin-select", "To", MONTH.format(YearMonth.now()));
        field("The project's aims").fill(MocFixtures.AIMS);
        field("Your role in the project").fill(MocFixtures.ROLE);
        button("Submit attestation").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-checkbox.moc-statement[invalid]")).isVisible();
        page.waitForTimeout(500); // Lumo grows the error message in with a transition
        screenshot("moc-attest-refused");
        page.locator("vaadin-checkbox.moc-statement input").check();
        button("Submit attestation").click();
        waitForVaadin();
        assertThat(page.locator(".moc-timeline")).containsText("Submitted by " + s.participantA().name());
        screenshot("moc-submitted");

        Page lead = signedIn(s.leadA());
        open(lead, "credits/moc");
        assertThat(lead.locator(".moc-queue")).containsText("To co-sign");
        screenshot(lead, "moc-queue-lead");
        lead.locator(".moc-queue a:has-text('" + s.participantA().name() + "')").click();
        lead.waitForURL(url -> url.contains("credits/moc/review/"));
        waitForVaadin(lead);
        field(lead, "Note").fill("Paul ran our measurement cycles and presented the run chart each month.");
        screenshot(lead, "moc-review-lead");
        button(lead, "Co-sign").click();
        waitForVaadin(lead);
        assertThat(lead.locator(".moc-timeline")).containsText("Co-signed by " + s.leadA().name());

        Page organiser = signedIn(s.organiser());
        open(organiser, "credits/activities");
        organiser.locator("a:has-text('MOC Part IV attestations')").click();
        organiser.waitForURL(url -> url.endsWith("credits/moc"));
        waitForVaadin(organiser);
        organiser.locator(".moc-queue a:has-text('" + s.participantA().name() + "')").click();
        organiser.waitForURL(url -> url.contains("credits/moc/review/"));
        waitForVaadin(organiser);
        button(organiser, "Approve").click();
        waitForVaadin(organiser);
        assertThat(organiser.locator(".moc-attestation")).containsText("Approved by " + s.organiser().name());
        screenshot(organiser, "moc-review-approved");

        open("credits/moc/" + project.activityId());
        assertThat(page.locator(".moc-claim")).containsText("Claim your points");
        screenshot("moc-approved");
        field("Points").fill("20");
        button("Claim credit").click();
        waitForVaadin();
        assertThat(page.locator(".moc-claim")).containsText("Claimed: 20 \u00d7 MOC Part IV");
        screenshot("moc-claimed");
        page.locator("a:has-text('Download your certificate from My credits')").click();
        page.waitForURL(url -> url.endsWith("/credits"));
        waitForVaadin();
        assertThat(page.locator(".moc-section")).containsText("Approved");
        screenshot("moc-my-credits");
        Download certificate = page.waitForDownload(() -> page.locator("a:has-text('Download certificate')").click());
        org.assertj.core.api.Assertions.assertThat(new String(Files.readAllBytes(certificate.path()), 0, 5))
                .isEqualTo("%PDF-");
        Files.copy(certificate.path(), java.nio.file.Path.of("target/screenshots/moc-certificate.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Page signedIn(Scenarios.Person person) {
        Page other = newSession();
        signIn(other, person.email(), Scenarios.PASSWORD);
        return other;
    }
}
