package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitationBrowserTest extends BrowserTestBase {

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
    }

    @Test
    void anOrganiserInvitesAMemberWhoCreatesAnAccountAndMeetsTheirTeam() throws Exception {
        String email = "marisol.gutierrez." + Scenarios.unique() + "@example.org";
        signIn(s.organiser());
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Organise")).click();
        waitForVaadin();
        screenshot("organise");
        page.getByText(s.collaborativeName()).click();
        waitForVaadin();
        screenshot("organise-collaborative-details");

        button("Invite member").click();
        field("Email").fill("marisol at clinic");
        field("Name (optional)").fill("Marisol Gutierrez");
        choose("vaadin-combo-box", "Team", s.teamAName());
        button("Send invitation").click();
        waitForVaadin();

        assertThat(errorOf("vaadin-email-field", "Email")).hasText("Enter an email address like name@example.org.");
        assertThat(field("Name (optional)")).hasValue("Marisol Gutierrez");
        screenshot("invite-dialog-error");

        field("Email").fill(email);
        button("Send invitation").click();
        waitForVaadin();
        assertThat(page.getByText("Invitation sent to " + email + ".")).isVisible();

        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName("Invitations")).click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(email))).isVisible();
        screenshot("organise-invitations");

        MimeMessage mail = TestMailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).getFirst();
        String link = localised(TestMailServer.linkIn(mail, "invitation/"));

        Page invitee = newSession();
        invitee.navigate(link);
        waitForVaadin(invitee);
        assertThat(invitee.getByText(s.organiser().name() + " invites you to join " + s.collaborativeName()
                + " as a participant in team " + s.teamAName() + ".")).isVisible();
        assertThat(field(invitee, "Your name")).hasValue("Marisol Gutierrez");
        choose(invitee, "vaadin-combo-box", "Your time zone", "America/Los Angeles");
        field(invitee, "Choose a password").fill("marisol123");
        field(invitee, "Repeat the password").fill("marisol123");
        button(invitee, "Create account and join").click();
        waitForVaadin(invitee);
        assertThat(errorOf(invitee, "vaadin-password-field", "Choose a password"))
                .containsText("This password is too easy to guess.");
        screenshot(invitee, "invitation-weak-password");

        field(invitee, "Choose a password").fill("sunlit-orchard-path-27");
        field(invitee, "Repeat the password").fill("sunlit-orchard-path-27");
        button(invitee, "Create account and join").click();
        invitee.waitForURL(url -> url.contains("/login"));
        waitForVaadin(invitee);
        assertThat(invitee.getByText("Your account is ready. Sign in to meet your team.")).isVisible();

        signIn(invitee, email, "sunlit-orchard-path-27");
        assertThat(invitee.locator("h1")).hasText("Welcome, Marisol");
        assertThat(invitee.getByText(s.teamAName())).isVisible();
        assertThat(invitee.locator(".person-name", new Page.LocatorOptions().setHasText(s.leadA().name()))).isVisible();
        screenshot(invitee, "home-new-member");

        invitee.navigate(link);
        waitForVaadin(invitee);
        assertThat(invitee.getByText("This invitation has already been accepted. If that was you, sign in.")).isVisible();
    }

    @Test
    void anExpiredInvitationSaysSoAndHowToGetANewOne() {
        String email = "late." + Scenarios.unique() + "@example.org";
        as(s.organiser(), () -> invitationsService().invite(s.collaborativeId(), s.teamA(),
                org.allteach.collaborative.Role.PARTICIPANT, email, null));
        String link = localised(TestMailServer.linkIn(
                TestMailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).getFirst(), "invitation/"));

        clock.advance(Duration.ofDays(15));
        page.navigate(link);
        waitForVaadin();

        assertThat(page.locator("h1")).hasText("This invitation cannot be used");
        assertThat(page.getByText("This invitation has expired. Ask the organiser who invited you to send a new one."))
                .isVisible();
        screenshot("invitation-expired");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.allteach.collaborative.Invitations invitations;

    private org.allteach.collaborative.Invitations invitationsService() {
        return invitations;
    }
}
