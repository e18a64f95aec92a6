package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.Test;

class ProfileBrowserTest extends BrowserTestBase {

    @Test
    void aPersonRenamesThemselvesAndChangesTheirTimeZone() {
        Person person = scenarios.newPerson("Daniel Kim");
        signIn(person);
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Account menu")).click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Your profile")).click();
        waitForVaadin();

        field("Name").fill("");
        button("Save profile").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-field", "Name")).hasText("Enter your name as colleagues should see it.");

        field("Name").fill("Daniel Kim, PharmD");
        choose("vaadin-combo-box", "Time zone", "America/Phoenix");
        button("Save profile").click();
        waitForVaadin();
        assertThat(page.getByText("Profile saved.")).isVisible();
        screenshot("profile");

        open("");
        assertThat(page.locator(".user-name")).hasText("Daniel Kim, PharmD");
    }

    @Test
    void changingThePasswordSignsOutTheOtherSessions() {
        Person person = scenarios.newPerson("Nadia Rahman");
        Page otherDevice = newSession();
        signIn(otherDevice, person.email(), Scenarios.PASSWORD);
        signIn(person);

        open("profile");
        field("Current password").fill(Scenarios.PASSWORD);
        field("New password").fill("harbor-violet-compass-56");
        field("Repeat the new password").fill("harbor-violet-compass-56");
        button("Change password").click();
        waitForVaadin();
        assertThat(page.getByText("Password changed.")).isVisible();

        open(otherDevice, "teams");
        assertThat(otherDevice).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        open("teams");
        assertThat(page.locator("h1")).hasText("Teams");
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() {
        Person person = scenarios.newPerson("Grace Okonkwo");
        open("login");
        page.getByText("Forgot your password?").click();
        waitForVaadin();
        field("Email").fill(person.email());
        button("Email me a link").click();
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Check your email");
        screenshot("forgot-password-sent");

        String link = localised(TestMailServer.linkIn(
                TestMailServer.awaitMessagesTo(person.email(), 1, Duration.ofSeconds(20)).getFirst(), "reset-password/"));
        open(link.substring(link.indexOf("/reset-password")));
        field("New password").fill("tide-lantern-copper-88");
        field("Repeat the new password").fill("tide-lantern-copper-89");
        button("Save password").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-password-field", "Repeat the new password")).hasText("The two passwords are not the same.");
        screenshot("reset-password-mismatch");

        field("Repeat the new password").fill("tide-lantern-copper-88");
        button("Save password").click();
        page.waitForURL(url -> url.contains("/login"));
        waitForVaadin();
        assertThat(page.getByText("Your password was changed. Sign in with your new password.")).isVisible();

        signIn(page, person.email(), "tide-lantern-copper-88");
        assertThat(page.locator("h1")).hasText("Welcome, Grace");

        open(link.substring(link.indexOf("/reset-password")));
        assertThat(page.locator("h1")).hasText("This link cannot be used");
        assertThat(page.getByText("This link has already been used.", new Page.GetByTextOptions())).isVisible();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswer() {
        open("forgot-password");
        field("Email").fill("nobody." + Scenarios.unique() + "@example.org");
        button("Email me a link").click();
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Check your email");
    }
}
