package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.allteach.collaborative.Collaboratives;
import org.allteach.community.Community;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The community's office hours in the browser: an alumna hosts an hour from the community page, and a member of the new
 * cohort who joined the community finds it there and takes a seat; a current member who did not join sees none.
 */
class CommunityOfficeHoursBrowserTest extends BrowserTestBase {

    @Autowired
    private Collaboratives collaboratives;
    @Autowired
    private Community community;

    private Scenario ended;
    private Scenario current;

    @BeforeEach
    void anEndedCohortAndANewOne() {
        ended = scenarios.create();
        current = scenarios.create();
        as(ended.organiser(), () -> collaboratives.close(ended.collaborativeId()));
        as(current.participantA(), () -> community.optIn(true));
    }

    @Test
    void anAlumnaHostsOfficeHoursFromTheCommunityPageAndANewCohortMemberTakesASeat() {
        String title = "Office hours: starting REaL data collection " + Scenarios.unique();
        signIn(ended.leadA());
        open("community");
        assertThat(page.locator(".community-events")).containsText("Upcoming sessions");

        button("Host office hours").click();
        page.waitForURL(url -> url.contains("/calendar/new?audience=community"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Host office hours for the community");
        assertThat(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.getByLabel("Hosted from", new Page.GetByLabelOptions().setExact(true)))))
                .containsText(ended.collaborativeName());
        field("Title").fill(title);
        field("Description").fill("Bring your registration form; we look at the first month's data together.");
        field("Meeting link").fill("https://zoom.example.org/j/lena-office-hours");
        field("Seats").fill("6");
        waitForVaadin();
        page.setViewportSize(1280, 1750);
        page.locator("h1").first().scrollIntoViewIfNeeded();
        screenshot("community-office-hours-form");
        page.setViewportSize(1280, 860);
        button("Create event").click();
        page.waitForURL(url -> url.matches(".*/calendar/event/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".event-facts")).containsText("For the community of practice \u00b7 hosted from "
                + ended.collaborativeName());
        assertThat(page.locator(".badge.audience-community")).hasText("Community");

        Page member = newSession();
        signIn(member, current.participantA().email(), Scenarios.PASSWORD);
        open(member, "community");
        Locator listed = member.locator(".community-events .upcoming-item").filter(new Locator.FilterOptions()
                .setHasText(title));
        assertThat(listed).containsText("Hosted by " + ended.leadA().name() + " \u00b7 from "
                + ended.collaborativeName());
        assertThat(listed).containsText("6 seats left");
        screenshot(member, "community-page-office-hours");
        listed.click();
        member.waitForURL(url -> url.matches(".*/calendar/event/\\d+$"));
        waitForVaadin(member);
        button(member, "Going").click();
        waitForVaadin(member);
        assertThat(member.locator(".event-rsvp")).containsText("You have a seat.");
        assertThat(member.locator(".event-seats")).containsText("5 of 6 seats left");
        screenshot(member, "community-office-hours-event");
        open(member, "calendar?view=agenda");
        assertThat(member.locator(".cal-agenda-item").filter(new Locator.FilterOptions().setHasText(title))
                .locator(".badge.audience-community")).hasText("Community");
        screenshot(member, "community-event-in-calendar");

        Page notJoined = newSession();
        signIn(notJoined, current.participantB().email(), Scenarios.PASSWORD);
        open(notJoined, "community");
        assertThat(notJoined.locator(".community-events")).hasCount(0);
        open(notJoined, "calendar?view=agenda");
        assertThat(notJoined.getByText(title)).hasCount(0);
    }
}
