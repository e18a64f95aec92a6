package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.pdsa.Pdsa;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PdsaBrowserTest extends BrowserTestBase {

    @Autowired
    Measures measures;

    @Autowired
    Pdsa pdsa;

    @Test
    void aLeadAddsAChangeIdeaAndACycleLinkedToAMeasureAndSeesItInTheRamp() {
        Scenario s = scenarios.create();
        long followUp = as(s.organiser(), () -> measures.create(new MeasureDetails(s.collaborativeId(),
                "Follow-up within 7 days", MeasureType.PROCESS, DataKind.PROPORTION, null, null,
                "Discharges with a follow-up visit within 7 days.", Direction.UP, null, 12, Set.of(s.teamA()),
                Set.of())));
        signIn(s.leadA());
        open("teams/" + s.teamA() + "/pdsa");
        assertThat(page.locator("h1")).hasText("PDSA cycles");

        button("New change idea").click();
        field("Change idea").fill("Teach-back at discharge");
        page.getByText("From the collaborative's change package").click();
        field("Where in the change package").fill("Change concept 2: teach-back");
        button("Add change idea").click();
        waitForVaadin();
        assertThat(page.locator(".pdsa-idea h2").first()).hasText("Teach-back at discharge");

        button("New cycle").click();
        page.waitForURL(url -> url.endsWith("/pdsa/new"));
        waitForVaadin();
        field("Prediction").fill("8 of 10 patients repeat their follow-up plan.");
        button("Plan the cycle").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-field", "Title")).hasText("Name the cycle: what will you test?");
        assertThat(field("Prediction")).hasValue("8 of 10 patients repeat their follow-up plan.");
        field("Title").fill("Teach-back with 5 patients");
        field("Objective").fill("Patients can say when and where their follow-up visit is.");
        field("Who").fill("Nurse Kim");
        field("Where").fill("Ward 4");
        choose("vaadin-combo-box", "Change idea it tests", "Teach-back at discharge");
        choose("vaadin-multi-select-combo-box", "Measures it hopes to move", "Follow-up within 7 days");
        page.setViewportSize(1280, 1700); // the layout scrolls inside itself: show the whole form
        screenshot("pdsa-new-cycle");
        page.setViewportSize(1280, 860);
        button("Plan the cycle").click();
        page.waitForURL(url -> url.matches(".*/pdsa/\\d+$"));
        waitForVaadin();

        assertThat(page.locator("h1")).hasText("PDSA 1 · Teach-back with 5 patients");
        assertThat(page.locator(".pdsa-links")).containsText("Follow-up within 7 days");
        assertThat(page.locator(".pdsa-stage-plan")).containsText("Ward 4");
        button("Start cycle").click();
        waitForVaadin();
        assertThat(page.locator(".pdsa-meta")).containsText("In progress");

        button("Plan next cycle").click();
        page.waitForURL(url -> url.contains("/pdsa/new?after="));
        waitForVaadin();
        field("Title").fill("Teach-back with every discharge for a week");
        field("Objective").fill("See whether it fits a busy day.");
        button("Plan the cycle").click();
        page.waitForURL(url -> url.matches(".*/pdsa/\\d+$"));
        waitForVaadin();
        assertThat(page.locator(".pdsa-strip-step")).hasCount(2);
        page.locator(".pdsa-comments textarea").fill("Good next step. Time each talk: **under 3 minutes**?");
        button("Post comment").click();
        waitForVaadin();
        assertThat(page.locator(".pdsa-comments .post-body strong")).hasText("under 3 minutes");
        page.setViewportSize(1280, 1500);
        screenshot("pdsa-cycle");
        page.setViewportSize(1280, 860);

        page.locator("a.back-link").click();
        page.waitForURL(url -> url.endsWith("/pdsa"));
        waitForVaadin();
        assertThat(page.locator(".pdsa-idea").first().locator(".pdsa-step")).hasCount(2);
        assertThat(page.locator(".pdsa-step").first()).containsText("PDSA 1");
        assertThat(page.locator(".pdsa-step").nth(1)).containsText("PDSA 2");
        screenshot("pdsa-board");

        org.assertj.core.api.Assertions.assertThat(as(s.coachA(), () -> pdsa.markers(s.teamA(), followUp)))
                .extracting(marker -> marker.label()).containsExactly("PDSA 1");
    }
}
