package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the router shows when someone opens a page that is not theirs. */
class AccessBrowserTest extends BrowserTestBase {

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
    }

    @Test
    void aParticipantOpeningAnotherTeamsPageIsTurnedAway() {
        signIn(s.participantA());

        open("teams/" + s.teamB());

        assertThat(page.locator("h1")).hasText("You do not have access to this page");
        assertThat(page.getByText(s.participantB().name())).hasCount(0);
        screenshot("access-denied-team");
    }

    @Test
    void aParticipantCannotOpenOrganiserPages() {
        signIn(s.participantA());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organise"))).hasCount(0);

        open("organise");
        assertThat(page.getByText("New collaborative")).hasCount(0);
        assertThat(page.locator("h1")).hasText("Page not found");

        open("organise/" + s.collaborativeId());
        assertThat(page.getByText("Invite member")).hasCount(0);
        assertThat(page.locator("h1")).hasText("Page not found");
        screenshot("organiser-page-blocked");
    }

    @Test
    void anOrganiserOfAnotherCollaborativeCannotManageThisOne() {
        Scenario other = scenarios.create();
        signIn(other.organiser());

        open("organise/" + s.collaborativeId());

        assertThat(page.locator("h1")).hasText("You do not have access to this page");
        assertThat(page.getByText("Invite member")).hasCount(0);
    }

    @Test
    void aCoachSeesTheTeamTheyCoachWithLocalTimes() {
        signIn(s.coachA());

        open("teams/" + s.teamA());

        assertThat(page.locator("h1")).hasText(s.teamAName());
        assertThat(page.getByText("Partnership")).isVisible();
        assertThat(page.getByText(s.leadA().name())).isVisible();
        assertThat(page.getByText("local time").first()).isVisible();
        screenshot("team-page");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        open("teams/" + s.teamA());

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
