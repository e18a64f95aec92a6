package org.allteach.browser;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class StoryboardBrowserTest extends BrowserTestBase {

    private static final String AIM = "By June 2026, 70% of adults with diabetes have an HbA1c below 8%.";

    @Test
    void aTeamLeadPostsAStoryboardDownloadsItsPosterAndAnotherTeamComments() throws IOException {
        Scenario s = scenarios.create();
        signIn(s.leadA());
        open("library");
        button("New storyboard").click();
        page.waitForURL(url -> url.contains("/library/new?kind=storyboard"));
        waitForVaadin();

        field("Title").fill("Text reminders in the patient's language");
        field("Changes we tested").fill("- Text reminders in Spanish and English\n- Calls after a second missed visit");
        field("Results").fill("No-shows fell from **24% to 16%** in four months.");
        button("Add the storyboard").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-area", "Aim")).containsText("Write the team's aim");
        assertThat(field("Title")).hasValue("Text reminders in the patient's language");
        assertThat(field("Results")).hasValue("No-shows fell from **24% to 16%** in four months.");
        field("Aim").fill(AIM);
        field("Lessons learned").fill("Fix the language field at check-in first.");
        screenshot("storyboard-new");
        button("Add the storyboard").click();
        page.waitForURL(url -> url.matches(".*/library/\\d+$"));
        waitForVaadin();

        assertThat(page.locator("h1")).hasText("Text reminders in the patient's language");
        assertThat(page.locator(".poster-team")).hasText(s.teamAName());
        assertThat(page.locator(".poster-aim")).containsText(AIM);
        assertThat(page.locator(".poster-results strong")).hasText("24% to 16%");
        assertThat(page.locator(".poster-nextSteps")).containsText("Not written yet.");
        assertThat(page.locator(".version-row")).hasCount(0);
        page.setViewportSize(1280, 1500); // the layout scrolls inside itself: show the whole poster
        screenshot("storyboard-poster");
        page.setViewportSize(1280, 860);

        Download download = page.waitForDownload(() -> page.locator("a.poster-download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("Storyboard - " + s.teamAName() + " - Text reminders in the patients language.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(AIM, s.teamAName());
        }

        button("Edit storyboard").click();
        waitForVaadin();
        field("Next steps").fill("Spread to the satellite clinics in May.");
        button("Save storyboard").click();
        page.waitForURL(url -> url.matches(".*/library/\\d+$"));
        waitForVaadin();
        assertThat(page.locator(".poster-nextSteps")).containsText("Spread to the satellite clinics in May.");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        screenshot("storyboard-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        String storyboardUrl = page.url();

        Page other = newSession();
        signIn(other, s.participantB().email(), Scenarios.PASSWORD);
        other.navigate(storyboardUrl);
        waitForVaadin(other);
        assertThat(other.locator(".poster-aim")).containsText(AIM);
        assertThat(button(other, "Edit storyboard")).hasCount(0);
        assertThat(other.locator(".storyboard-comments h2")).hasText("Comments");
        button(other, "Post comment").click();
        waitForVaadin(other);
        assertThat(errorOf(other, "vaadin-text-area", "Your comment")).containsText("Write your comment first.");
        field(other, "Your comment").fill("Could you share the **Spanish script**? We start reminders next month.");
        button(other, "Post comment").click();
        waitForVaadin(other);
        Locator comment = other.locator(".comment");
        assertThat(comment).hasCount(1);
        assertThat(comment.locator("strong")).hasText("Spanish script");
        assertThat(comment).containsText(s.participantB().name());
        assertThat(field(other, "Your comment")).hasValue("");
        assertThat(other.locator(".storyboard-comments h2")).hasText("1 comment");
        other.setViewportSize(1280, 1600);
        screenshot(other, "storyboard-comments");

        page.reload();
        waitForVaadin();
        assertThat(page.locator(".comment")).containsText("Spanish script");
    }
}
