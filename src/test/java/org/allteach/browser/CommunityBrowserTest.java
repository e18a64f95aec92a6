package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.collaborative.Collaboratives;
import org.allteach.community.Community;
import org.allteach.discussion.CategoryKind;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of a collaborative in the browser: an organiser closes it after reading what happens, its spaces show as
 * archives, an alumna asks in the community of practice, and a new cohort finds her in the directory and writes.
 */
class CommunityBrowserTest extends BrowserTestBase {

    @Autowired
    private Collaboratives collaboratives;
    @Autowired
    private Community community;
    @Autowired
    private org.allteach.discussion.Discussions discussions;
    @Autowired
    private org.allteach.discussion.Posting posting;

    private Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
        clock.advance(Duration.ofDays(4)); // past the new-account rate limit
    }

    @Test
    void anOrganiserClosesACollaborativeAndItsSpacesBecomeArchives() {
        long challenges = teamChallenges(s.leadA());
        as(s.leadA(), () -> posting.startThread(new org.allteach.discussion.NewThread(challenges,
                "Staff turnover", "We lost two nurses in March.", List.of())));
        signIn(s.organiser());
        open("organise/" + s.collaborativeId());

        button("Close collaborative").click();
        Locator dialog = page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog");
        assertThat(dialog.getByText("Nothing is deleted.", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(dialog.getByText("no reminders are sent for them", new Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        assertThat(dialog.getByText("Invitations not yet accepted can no longer be accepted.",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        screenshot("close-collaborative-confirmation");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close collaborative")).click();
        waitForVaadin();

        assertThat(page.locator(".archive-notice")).isVisible();
        assertThat(page.locator(".archive-notice-date")).containsText("Closed on");
        assertThat(button("Close collaborative")).isHidden();
        assertThat(page.locator(".badge.status-alumni")).isVisible();

        Page lead = newSession();
        signIn(lead, s.leadA().email(), Scenarios.PASSWORD);
        open(lead, "discuss/c/" + challenges);
        assertThat(lead.locator(".archive-notice")).containsText("belongs to a collaborative that has ended");
        assertThat(button(lead, "New thread")).isHidden();
        lead.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Staff turnover"))
                .first().click();
        lead.waitForURL(url -> url.matches(".*/discuss/t/\\d+$"));
        waitForVaadin(lead);
        assertThat(lead.locator(".post-body").first()).containsText("We lost two nurses");
        assertThat(lead.locator(".reply-composer")).isHidden();
        screenshot(lead, "archived-team-space");
    }

    @Test
    void anAlumnaAsksInTheCommunitySpace() {
        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));
        signIn(s.leadA());
        open("community");
        assertThat(page.locator(".community-not-listed")).containsText("You are not in the directory yet");
        screenshot("community-page");

        page.locator(".community-category").filter(new Locator.FilterOptions().setHasText("Ask the alumni")).click();
        waitForVaadin();
        button("New thread").click();
        waitForVaadin();
        field("Title").fill("Keeping pharmacist calls going after the collaborative");
        field("What would you like to share?").fill("Our calls dropped off once the coaching ended. What kept "
                + "yours going?");
        button("Start thread").click();
        page.waitForURL(url -> url.matches(".*/discuss/t/\\d+$"));
        waitForVaadin();

        assertThat(page.locator(".post-body").first()).containsText("What kept yours going?");
        assertThat(page.locator(".breadcrumbs")).containsText("Community of practice");
        screenshot("community-thread");
        open("discuss");
        assertThat(page.locator(".space-community")).containsText("Ask the alumni");
        screenshot("community-space");
    }

    @Test
    void aNewCohortFindsAnAlumnaInTheDirectoryAndWritesToHer() {
        String key = Scenarios.unique();
        Scenario next = scenarios.create();
        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));
        as(s.leadA(), () -> community.describeMe(List.of("pharmacist-led medication management " + key,
                "REaL data collection"), "Getting pharmacists to call every patient within 48 hours", true));
        as(s.coachA(), () -> community.describeMe(List.of("REaL data collection", "run charts"),
                "Coaching teams through their first PDSA ramps", true));

        signIn(next.participantA());
        open("community/directory");
        page.getByLabel("Search the directory").fill("medication management " + key);
        waitForVaadin();
        assertThat(page.locator(".directory-entry")).hasCount(1);
        Locator lena = page.locator(".directory-entry[data-person='" + s.leadA().id() + "']");
        assertThat(lena).containsText("Alumni of " + s.collaborativeName());
        assertThat(lena).containsText("team lead, " + s.teamAName());
        page.getByLabel("Search the directory").fill(s.teamAName());
        waitForVaadin();
        // the third alumna of the team has not saved an entry, so she is not listed
        assertThat(page.locator(".directory-entry")).hasCount(2);
        screenshot("community-directory");

        lena.getByText("Send a message").click();
        page.waitForURL(url -> url.contains("/messages"));
        waitForVaadin();
        field("Message").fill("How did you get the pharmacists on board?");
        button("Send").click();
        page.waitForURL(url -> url.matches(".*/messages/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("body")).containsText("How did you get the pharmacists on board?");
    }

    private long teamChallenges(Scenarios.Person member) {
        return as(member, () -> discussions.mySpaces()).stream()
                .filter(space -> space.name().equals(s.teamAName()))
                .flatMap(space -> space.categories().stream())
                .filter(category -> category.kind() == CategoryKind.CHALLENGES).findFirst().orElseThrow().id();
    }
}
