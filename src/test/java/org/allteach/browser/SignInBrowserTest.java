package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInBrowserTest extends BrowserTestBase {

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        open("login");
        screenshot("login");
        page.locator("vaadin-login-form vaadin-text-field[name='username'] input").fill(s.participantA().email());
        page.locator("vaadin-login-form vaadin-password-field[name='password'] input").fill("not the password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();

        assertThat(page.getByText("Email or password is not right")).isVisible();
        screenshot("login-error");
    }

    @Test
    void aParticipantSeesTheirCollaborativeTeamCoachAndTeammates() {
        signIn(s.participantA());

        assertThat(page.locator("h1")).hasText("Welcome, Paul");
        assertThat(page.getByText(s.collaborativeName())).isVisible();
        assertThat(page.getByText(s.teamAName())).isVisible();
        assertThat(page.locator(".person-name", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(s.coachA().name()))).isVisible();
        assertThat(page.locator(".person-name", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(s.leadA().name()))).isVisible();
        assertThat(page.getByText(s.participantB().name())).hasCount(0);
        screenshot("home-participant");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn(s.participantA());

        page.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Account menu")).click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Sign out")).click();
        page.waitForURL(url -> url.contains("/login"));

        open("teams");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }
}
