package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;

class CollaborativeBrowserTest extends BrowserTestBase {

    @Test
    void anOrganiserStartsACollaborativeAndIsToldWhatToFix() {
        Scenario s = scenarios.create();
        String name = "Hypertension Equity " + Scenarios.unique();
        signIn(s.organiser());
        open("organise");

        button("New collaborative").click();
        field("Name").fill(name);
        field("Focus area").fill("Blood pressure control");
        fillDate("Start date", "next spring");
        button("Create collaborative").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-date-picker", "Start date")).containsText("Enter a date like 6/1/");

        fillDate("Start date", "6/1/2027");
        fillDate("End date", "1/15/2027");
        button("Create collaborative").click();
        waitForVaadin();

        assertThat(errorOf("vaadin-date-picker", "End date")).hasText("The end date must be on or after the start date.");
        assertThat(field("Name")).hasValue(name);
        assertThat(field("Focus area")).hasValue("Blood pressure control");
        screenshot("new-collaborative-error");

        fillDate("End date", "5/31/2028");
        button("Create collaborative").click();
        page.waitForURL(url -> url.matches(".*/organise/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText(name);

        button("Plan a Breakthrough Series").click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Replace")).click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Learning session 3"))).isVisible();
        screenshot("collaborative-phases");
    }

    @Test
    void anOrganiserFormsATeamFromItsOrganisationsAndChangesARole() {
        Scenario s = scenarios.create();
        String key = Scenarios.unique();
        signIn(s.organiser());
        open("organise/" + s.collaborativeId());
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Teams")).click();
        waitForVaadin();

        field("Organisation").fill("Riverside Clinic " + key);
        choose("vaadin-select", "Element", "Clinic");
        field("Location").fill("Tulsa, OK");
        button("Add organisation").click();
        waitForVaadin();
        field("Organisation").fill("Riverside Food Bank " + key);
        choose("vaadin-select", "Element", "Community partner");
        button("Add organisation").click();
        waitForVaadin();

        button("Add team").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-field", "Team name")).hasText("Give the team a name.");

        field("Team name").fill("Riverside Partnership " + key);
        choose("vaadin-multi-select-combo-box", "Organisations", "Riverside Clinic " + key);
        choose("vaadin-multi-select-combo-box", "Organisations", "Riverside Food Bank " + key);
        button("Add team").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Riverside Partnership " + key))).isVisible();
        screenshot("organise-teams");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Members")).click();
        waitForVaadin();
        page.locator("input[placeholder='Filter by name, email or team']").fill(s.participantA().name());
        waitForVaadin();
        page.waitForTimeout(600);
        waitForVaadin();
        Locator roleSelect = page.locator("vaadin-grid vaadin-select:visible");
        assertThat(roleSelect).hasCount(1);
        roleSelect.click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Team lead")).click();
        waitForVaadin();
        assertThat(page.getByText(s.participantA().name() + " is now team lead in " + s.teamAName() + "."))
                .isVisible();
        screenshot("organise-members");
    }

    @Test
    void membersBrowseTheTeamsOfTheirCollaborative() {
        Scenario s = scenarios.create();
        signIn(s.participantB());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams")).click();
        waitForVaadin();

        assertThat(page.getByText(s.teamAName())).isVisible();
        assertThat(page.getByText("coached by " + s.coachA().name())).isVisible();
        screenshot("teams");
    }
}
