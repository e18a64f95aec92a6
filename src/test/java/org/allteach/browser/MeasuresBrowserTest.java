package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.measures.Dimension;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureFixtures;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.Strata;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team lead enters a month with its language groups and sees the control chart flag it, plans a PDSA cycle linked
 * to the measure and finds its marker on the chart, which opens the cycle; a file with one bad row is refused with
 * the row's line.
 */
class MeasuresBrowserTest extends BrowserTestBase {

    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Measures measures;
    @Autowired
    MeasureData data;
    @Autowired
    Strata strata;

    @Test
    void aLeadEntersAMonthSeesTheSignalPlansAPdsaCycleOpensItFromItsMarkerAndABadFileIsRefusedWithItsLine() {
        Scenario s = scenarios.create();
        MeasureFixtures fixtures = new MeasureFixtures(actingAs, collaboratives, strata, measures);
        fixtures.startedMonthsAgo(s, 18);
        Dimension language = fixtures.dimension(s, "Preferred language");
        long screening = fixtures.hba1cTested(s, Set.of(s.teamA()), Set.of(language.id()));
        // Twelve months around 50% of 100 patients; the month after them is left to enter in the page.
        YearMonth first = YearMonth.now().minusMonths(14);
        for (int i = 0; i < 12; i++) {
            YearMonth month = first.plusMonths(i);
            int tested = 51 - 2 * (i % 2);
            as(s.leadA(), () -> data.record(screening, s.teamA(), month,
                    new MonthValues(MonthValues.Entry.ratio(tested, 100), Map.of(), false)));
        }
        YearMonth entered = first.plusMonths(12);

        signIn(s.leadA());
        openMeasure("HbA1c tested");
        assertThat(page.locator(".measure-missing")).containsText("Not reported yet");

        // the month: 70 of 100, English 60 of 80 and Spanish 10 of 20 (the other groups 0)
        String monthLabel = entered.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US));
        choose("vaadin-select", "Month", monthLabel);
        fill("Total numerator", "70");
        fill("Total denominator", "100");
        fill("English numerator", "60");
        fill("English denominator", "80");
        fill("Spanish numerator", "25");
        fill("Spanish denominator", "20");
        fill("Other numerator", "0");
        fill("Other denominator", "0");
        fill("Unknown or declined numerator", "0");
        fill("Unknown or declined denominator", "0");
        button("Save month").click();
        waitForVaadin();
        assertThat(page.getByText("The numerator (25) cannot be more than the denominator (20).")).isVisible();
        assertThat(field("Total numerator")).hasValue("70");
        fill("Spanish numerator", "10");
        button("Save month").click();
        waitForVaadin();
        assertThat(page.locator(".measure-entry-error").first()).isEmpty();

        choose("vaadin-select", "Chart", "Control chart");
        waitForVaadin();
        assertThat(page.locator(".measure-signals")).containsText(entered.getMonth()
                .getDisplayName(TextStyle.FULL, Locale.US));

        String file = "month,measure,group,numerator,denominator,value\n"
                + first.plusMonths(13) + ",HbA1c tested,Total,60,100,\n"
                + first.plusMonths(13) + ",HbA1c tested,Preferred language: Spanish,30,20,\n";
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click())
                .setFiles(new FilePayload("backfill.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
        waitForVaadin();
        assertThat(page.locator(".measure-import-outcome"))
                .containsText("Line 3: The numerator (30) cannot be more than the denominator (20).");
        screenshot("measure-import-refused");

        // The change behind the month: a PDSA cycle planned for it, linked to the measure, on the team's PDSA page.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDSA cycles").setExact(true)).click();
        page.waitForURL(url -> url.endsWith("/pdsa"));
        waitForVaadin();
        button("New cycle").click();
        page.waitForURL(url -> url.endsWith("/pdsa/new"));
        waitForVaadin();
        field("Title").fill("Reminders in Spanish");
        field("Objective").fill("Fewer missed HbA1c tests.");
        fillDate("Planned start", entered.atDay(1).format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)));
        choose("vaadin-multi-select-combo-box", "Measures it hopes to move", "HbA1c tested");
        button("Plan the cycle").click();
        page.waitForURL(url -> url.matches(".*/pdsa/\\d+$"));
        waitForVaadin();
        String cycleUrl = page.url();
        long cycleId = Long.parseLong(cycleUrl.substring(cycleUrl.lastIndexOf('/') + 1));
        assertThat(page.locator("h1")).hasText("PDSA 1 · Reminders in Spanish");

        openMeasure("HbA1c tested");
        Locator chart = page.locator(".improvement-chart").first();
        chart.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show data table")).click();
        assertThat(chart.locator("table tr").filter(new Locator.FilterOptions().setHasText(
                entered.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.US)))))
                .containsText("PDSA 1: Reminders in Spanish");
        page.setViewportSize(1280, 2200);
        screenshot("measure-team-page");
        page.setViewportSize(1280, 860);

        // Its marker on the chart opens the cycle.
        Locator canvas = chart.locator(".improvement-chart-canvas");
        canvas.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        Map<String, Object> flag = (Map<String, Object>) canvas.evaluate(
                "(host, id) => window.allteachImprovementChart.markerPosition(host, id)", "pdsa-" + cycleId);
        BoundingBox box = canvas.boundingBox();
        page.mouse().click(box.x + ((Number) flag.get("x")).doubleValue(),
                box.y + ((Number) flag.get("y")).doubleValue());
        page.waitForURL(url -> url.endsWith("/pdsa/" + cycleId));
        waitForVaadin();
        assertThat(page.locator(".pdsa-links")).containsText("HbA1c tested");
    }

    /** Opens the team's page of a measure from the navigation, as the lead would. */
    private void openMeasure(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Measures").setExact(true)).click();
        page.waitForURL(url -> url.endsWith("/measures"));
        waitForVaadin();
        page.getByText(name).first().click();
        page.waitForURL(url -> url.contains("/teams/"));
        waitForVaadin();
    }

    private void fill(String label, String value) {
        field(label).fill(value);
        field(label).press("Tab");
    }
}
