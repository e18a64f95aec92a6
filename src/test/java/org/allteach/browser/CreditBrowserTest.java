package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.credits.ActivityDetails;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditType;
import org.allteach.identity.Accounts;
import org.allteach.identity.Profession;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant checks in to a learning session with the code, completes its evaluation, claims credit, downloads the
 * certificate, and anyone can verify its code.
 */
class CreditBrowserTest extends BrowserTestBase {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    Accounts accounts;

    @Test
    void aParticipantAttendsEvaluatesClaimsAndDownloadsAVerifiableCertificate() throws Exception {
        Scenario s = scenarios.create();
        LocalDateTime start = ZonedDateTime.now(CHICAGO).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        long session = as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning Session 3: equity in hypertension control", null, start,
                start.plusMinutes(90), CHICAGO, "https://zoom.example.org/j/789", null, Audience.COLLABORATIVE,
                Set.of(), null, List.of()), null));
        ActivityDetails defaults = ActivityDetails.startingPoint(s.collaborativeId(), "Lakeside Health CME");
        as(s.organiser(), () -> activities.create(new ActivityDetails(s.collaborativeId(),
                "Learning Session 3: equity in hypertension control", new ActivityLink(ActivityLink.Kind.EVENT,
                session), defaults.provider(), Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"),
                CreditType.PARTICIPATION, new BigDecimal("1.5")), defaults.accreditationStatement(),
                ActivityDetails.defaultDesignationStatement("Lakeside Health CME", ActivityLink.Kind.EVENT,
                        new BigDecimal("1.5")), List.of("Dr. Ana Lee: nothing to disclose"), 30,
                defaults.evaluation())));
        as(s.participantA(), () -> accounts.updateMyProfessionalDetails(Profession.PHYSICIAN, "MD"));
        String code = as(s.organiser(), () -> attendance.openCheckIn(session)).code();

        signIn(s.participantA());
        open("check-in");
        field("Check-in code").fill(code);
        button("Check in").click();
        waitForVaadin();
        assertThat(page.locator(".check-in-result")).containsText("You are checked in");

        open("credits");
        Locator card = page.locator(".credit-activity");
        assertThat(card).containsText("You attended 1 h 30 min");
        Locator ratings = card.locator("vaadin-radio-group");
        for (int i = 1; i < ratings.count(); i++) {
            ratings.nth(i).locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("4 Agree"))
                    .click();
        }
        field("What will you do differently?").fill("Stratify our blood-pressure run charts by language.");
        button("Submit evaluation").click();
        waitForVaadin();
        assertThat(ratings.first()).hasAttribute("invalid", "");
        screenshot("credits-evaluation");
        ratings.first().locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("5 Strongly"))
                .click();
        button("Submit evaluation").click();
        waitForVaadin();

        assertThat(page.locator(".credit-claim-limits")).containsText("At most 1.5 hours");
        field("Hours").fill("1.75");
        button("Claim credit").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-number-field[invalid]")).isVisible();
        page.waitForTimeout(500); // Lumo grows the error message in with a transition
        screenshot("credits-claim-refused");
        field("Hours").fill("1.5");
        button("Claim credit").click();
        waitForVaadin();
        assertThat(card).containsText("Claimed: 1.5 \u00d7 AMA PRA Category 1 Credit\u2122");
        screenshot("credits-page");

        Download certificate = page.waitForDownload(() -> page.locator("a:has-text('Download certificate')").click());
        byte[] pdf = Files.readAllBytes(certificate.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        org.assertj.core.api.Assertions.assertThat(certificate.suggestedFilename()).startsWith("certificate-AT-");
        Download transcript = page.waitForDownload(() -> page.locator("a:has-text('Transcript (CSV)')").click());
        String verificationCode = certificate.suggestedFilename().replace("certificate-", "").replace(".pdf", "");
        org.assertj.core.api.Assertions.assertThat(Files.readString(transcript.path())).contains(verificationCode);

        Page anyone = newSession();
        open(anyone, "verify/" + verificationCode);
        assertThat(anyone.locator(".verify-result")).containsText("Valid certificate");
        assertThat(anyone.locator(".verify-result")).containsText(s.participantA().name() + ", MD");
        screenshot(anyone, "credits-verify-valid");
        open(anyone, "verify/AT-7K3Q-9XPM-2D");
        assertThat(anyone.locator(".verify-result")).containsText("No certificate has this code");
        screenshot(anyone, "credits-verify-forged");
    }
}
