package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;

/** An organiser adds a language and raises the small-number threshold, and finds both there after a reload. */
class MeasureSettingsBrowserTest extends BrowserTestBase {

    @Test
    void anOrganiserAddsALanguageAndRaisesTheThresholdAndFindsThemAfterAReload() {
        Scenario s = scenarios.create();
        signIn(s.organiser());
        open("measures");
        button("Measure settings").click();
        page.waitForURL(url -> url.endsWith("/measures/settings/" + s.collaborativeId()));
        waitForVaadin();

        field("New category for Preferred language").fill("Haitian Creole");
        languageCard().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Add category").setExact(true)).click();
        waitForVaadin();
        assertThat(field("Name of Haitian Creole")).hasValue("Haitian Creole");

        field("Small-number threshold").fill("20");
        field("Small-number threshold").press("Tab");
        button("Save reading settings").click();
        waitForVaadin();
        assertThat(page.getByText("Charts are now read with these settings.")).isVisible();

        page.reload();
        waitForVaadin();
        assertThat(field("Small-number threshold")).hasValue("20");
        assertThat(page.getByText("Groups with fewer than 20 in the denominator are hidden outside the team."))
                .isVisible();
        assertThat(languageCard().locator(".measure-settings-category").last().getByLabel("Name of Haitian Creole"))
                .hasValue("Haitian Creole");
        page.setViewportSize(1280, 2760);
        screenshot("measure-settings");
    }

    private Locator languageCard() {
        return page.locator(".measure-settings-dimension").filter(new Locator.FilterOptions()
                .setHas(page.locator("h2", new Page.LocatorOptions()
                        .setHasText("Preferred language"))));
    }
}
