package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
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
 * A team lead reads a measure by preferred language as small multiples on one scale, with each group's gap to
 * English as a ratio and in words.
 */
class MeasureStrataBrowserTest extends BrowserTestBase {

    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Measures measures;
    @Autowired
    MeasureData data;
    @Autowired
    Strata strata;

    @Test
    void aLeadSwitchesToSmallMultiplesAndReadsTheGapAsARatio() {
        Scenario s = scenarios.create();
        MeasureFixtures fixtures = new MeasureFixtures(actingAs, collaboratives, strata, measures);
        fixtures.startedMonthsAgo(s, 26);
        Dimension language = fixtures.dimension(s, "Preferred language");
        long screening = fixtures.hba1cTested(s, Set.of(s.teamA()), Set.of(language.id()));
        // Two years as in the demo: English steady near 70%; Spanish near 42% until reminders in Spanish, then
        // catching up; Other near 55%, a little noisier; nobody declined.
        YearMonth first = YearMonth.now().minusMonths(24);
        int[] wobble = {0, 2, -1, 1, -2, 1, 0, -1, 2, -1, 1, 0};
        for (int i = 0; i < 24; i++) {
            YearMonth month = first.plusMonths(i);
            int english = 70 + wobble[i % 12];
            int spanish = (i < 14 ? 21 : 31 + Math.min(i - 14, 3)) + wobble[(i + 5) % 12];
            int other = 11 + wobble[(i + 3) % 12] / 2;
            Map<Long, MonthValues.Entry> byLanguage = Map.of(category(language, "English"),
                    MonthValues.Entry.ratio(english, 100), category(language, "Spanish"),
                    MonthValues.Entry.ratio(spanish, 50), category(language, "Other"),
                    MonthValues.Entry.ratio(other, 20), category(language, "Unknown or declined"),
                    MonthValues.Entry.ratio(0, 0));
            as(s.leadA(), () -> data.record(screening, s.teamA(), month, new MonthValues(MonthValues.Entry.ratio(
                    english + spanish + other, 170), byLanguage, false)));
        }

        signIn(s.leadA());
        page.setViewportSize(1280, 2400);
        open("measures/" + screening + "/teams/" + s.teamA());
        waitForVaadin();
        Locator byLanguage = page.locator(".measure-strata-dimension").first();
        assertThat(byLanguage.locator(".improvement-chart-canvas")).hasCount(1);
        assertThat(byLanguage.locator(".improvement-chart-canvas")).hasAttribute("data-drawn", "true");
        byLanguage.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "measure-strata-overlay.png")));
        byLanguage.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Small multiples")).click();
        waitForVaadin();
        byLanguage.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Ratio")).click();
        waitForVaadin();

        Locator charts = byLanguage.locator(".measure-small-multiples .improvement-chart-canvas");
        assertThat(charts).hasCount(3);
        assertThat(charts.nth(0)).hasAttribute("data-drawn", "true");
        assertThat(charts.nth(0)).hasAttribute("aria-label", Pattern.compile(
                "^English \\(reference\\)\\..*"));
        assertThat(byLanguage.locator(".measure-gap-words")).containsText("Spanish: gap to English narrowing");
        screenshot("measure-strata-page");
        byLanguage.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "measure-strata-small-multiples.png")));
        page.setViewportSize(1280, 860);
    }

    private static long category(Dimension dimension, String label) {
        return dimension.categories().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().id();
    }
}
