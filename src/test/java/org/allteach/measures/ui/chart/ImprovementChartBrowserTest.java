package org.allteach.measures.ui.chart;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.allteach.support.BrowserTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The improvement chart in a real browser, on a test-only page ({@link ImprovementChartTestView}). */
class ImprovementChartBrowserTest extends BrowserTestBase {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @BeforeEach
    void openCharts() {
        signIn(scenarios.newPerson("Rosa Runchart"));
        open("test/chart");
        for (String chart : new String[] {"run-chart", "p-chart", "strata-chart"}) {
            assertThat(page.locator("#" + chart + " .improvement-chart-canvas[data-drawn] canvas").first())
                    .isVisible();
        }
    }

    @Test
    void chartsDrawAndReadInColourAndOnPaper() {
        screenshot("chart-page");
        for (String chart : new String[] {"run-chart", "p-chart", "strata-chart"}) {
            page.locator("#" + chart).screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("chart-" + chart + ".png")));
        }
        // Black-and-white print: shapes and dashes, not colour, must tell signals and limits apart.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("html { filter: grayscale(1); }"));
        page.locator("#p-chart").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("chart-p-chart-print-grey.png")));
    }

    @Test
    void aChartFollowsANarrowScreen() {
        page.setViewportSize(420, 900);
        Locator canvas = page.locator("#run-chart .improvement-chart-canvas canvas").first();
        page.waitForCondition(() -> canvas.boundingBox() != null && canvas.boundingBox().width < 420);
        page.locator("#run-chart").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("chart-run-chart-narrow.png")));
    }

    @Test
    void clickingAPdsaMarkerOnTheChartTellsItsId() {
        Locator canvas = page.locator("#run-chart .improvement-chart-canvas");
        canvas.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        Map<String, Object> flag = (Map<String, Object>) canvas.evaluate(
                "host => window.allteachImprovementChart.markerPosition(host, 'pdsa-2')");
        BoundingBox box = canvas.boundingBox();
        page.mouse().click(box.x + ((Number) flag.get("x")).doubleValue(), box.y + ((Number) flag.get("y")).doubleValue());
        assertThat(page.locator("#clicked-marker")).hasText("pdsa-2");
    }

    @Test
    void clickingAPointTellsItsSeriesAndMonth() {
        Locator canvas = page.locator("#p-chart .improvement-chart-canvas");
        canvas.scrollIntoViewIfNeeded();
        // August 2025, the point above the UCL: month index 7, 44 of 55 = 80 %.
        @SuppressWarnings("unchecked")
        java.util.List<Number> at = (java.util.List<Number>) canvas.evaluate(
                "host => echarts.getInstanceByDom(host).convertToPixel({seriesIndex: 0}, [7, 80])");
        BoundingBox box = canvas.boundingBox();
        page.mouse().click(box.x + at.get(0).doubleValue(), box.y + at.get(1).doubleValue());
        assertThat(page.locator("#clicked-point")).hasText("Teach-back 2025-08");
    }

    @Test
    void theDataTableShowsTheNumbersAndOpensAChange() {
        Locator chart = page.locator("#p-chart");
        Locator table = chart.locator("table");
        assertThat(table).isHidden();
        Locator toggle = chart.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show data table"));
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        toggle.click();
        waitForVaadin();
        assertThat(table).isVisible();
        assertThat(chart.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide data table")))
                .hasAttribute("aria-expanded", "true");
        assertThat(table.locator("thead th")).containsText(new String[] {"Month", "Teach-back (%)",
                "Teach-back: counts", "Teach-back: signal", "p̄ (%)", "UCL (%)", "LCL (%)"});
        Locator august = table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Aug 2025"));
        assertThat(august).containsText("80");
        assertThat(august).containsText("44 of 55");
        assertThat(august).containsText("Signal");
        page.locator("#p-chart").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("chart-p-chart-table.png")));

        table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("PDSA 3: Teach-back script on the ward")).click();
        assertThat(page.locator("#clicked-marker")).hasText("pdsa-3");
    }

    @Test
    void thePngExportIsAPictureOfTheChart() throws Exception {
        Download download = page.waitForDownload(() -> page.locator("#run-chart")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("PNG")).click());
        assertThat(download.suggestedFilename()).isEqualTo("chart.png");
        byte[] png = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("chart-run-chart-export.png"), png);
    }

    @Test
    void theCsvExportHoldsTheTablesNumbers() throws Exception {
        Download download = page.waitForDownload(() -> page.locator("#run-chart")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CSV")).click());
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("Month,Screened (%),Screened: signal,Median (%),Goal (%),Changes tested\r\n");
        assertThat(csv).contains("Mar 2026,52,Signal,44,60,PDSA 2: Community health worker calls\r\n");
    }
}
