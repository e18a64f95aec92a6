package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.Recurrence;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarBrowserTest extends BrowserTestBase {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    Events events;

    @Test
    void anOrganiserPlansASeriesAndAParticipantAnswersAndSeesItInMonthWeekAndAgenda() {
        Scenario s = scenarios.create();
        LocalDate tomorrow = LocalDate.now(CHICAGO).plusDays(1);
        planAFewOtherEvents(s, tomorrow);

        signIn(s.organiser());
        open("calendar?view=month&date=" + tomorrow);
        button("New event").click();
        page.waitForURL(url -> url.contains("/calendar/new"));
        waitForVaadin();

        field("Description").fill("We compare **run charts** across teams and plan the next PDSA cycles.");
        dateTime("Ends").locator("input").nth(1).fill("9:00 AM");
        dateTime("Ends").locator("input").nth(1).press("Enter");
        field("Meeting link").fill("http://zoom.example.org/j/42");
        button("Create event").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-field", "Title")).hasText("Give the event a title.");
        assertThat(dateTime("Ends").locator(":scope > [slot='error-message']")).hasText("The end must be after the start.");
        assertThat(errorOf("vaadin-text-field", "Meeting link")).containsText("https://");
        assertThat(field("Description")).hasValue(
                "We compare **run charts** across teams and plan the next PDSA cycles.");

        field("Title").fill("Learning Session 3: spreading what works");
        dateTime("Ends").locator("input").nth(1).fill("11:30 AM");
        dateTime("Ends").locator("input").nth(1).press("Enter");
        field("Meeting link").fill("https://zoom.example.org/j/42");
        choose("vaadin-select", "Repeats", "Weekly on");
        field("Occurrences").fill("4");
        waitForVaadin();
        tall(page, "calendar-form");
        button("Create event").click();
        page.waitForURL(url -> url.matches(".*/calendar/event/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Learning Session 3: spreading what works");
        assertThat(page.locator(".event-facts")).containsText("Weekly on");
        assertThat(page.locator(".event-facts")).containsText(Pattern.compile("Central (Standard|Daylight) Time"));
        String eventPage = page.url();

        Page participant = newSession();
        signIn(participant, s.participantA().email(), Scenarios.PASSWORD);
        open(participant, "calendar");
        assertThat(participant.locator(".cal-day.today")).hasCount(1);
        assertThat(button(participant, "New event")).hasCount(0);
        open(participant, "calendar?view=month&date=" + tomorrow);
        Locator chip = participant.locator(".cal-chip").filter(new Locator.FilterOptions()
                .setHasText("Learning Session 3"));
        assertThat(chip.first()).isVisible();
        tall(participant, "calendar-month");

        chip.first().click();
        participant.waitForURL(url -> url.matches(".*/calendar/event/\\d+$"));
        waitForVaadin(participant);
        assertThat(participant.locator("h1")).hasText("Learning Session 3: spreading what works");
        assertThat(participant.locator(".post-body strong")).hasText("run charts");
        button(participant, "Going").click();
        waitForVaadin(participant);
        assertThat(participant.locator(".event-rsvp")).containsText("You are going.");
        screenshot(participant, "calendar-event");
        Download ics = participant.waitForDownload(() -> participant.locator("a.add-to-calendar").click());
        org.assertj.core.api.Assertions.assertThat(ics.suggestedFilename())
                .isEqualTo("Learning Session 3 spreading what works.ics");
        org.assertj.core.api.Assertions.assertThat(readText(ics)).contains("BEGIN:VEVENT",
                "SUMMARY:Learning Session 3: spreading what works", "STATUS:CONFIRMED");

        open(participant, "calendar?view=week&date=" + tomorrow);
        assertThat(participant.locator(".cal-block").filter(new Locator.FilterOptions()
                .setHasText("Learning Session 3"))).isVisible();
        tall(participant, "calendar-week");

        open(participant, "calendar?view=agenda&date=" + tomorrow);
        Locator item = participant.locator(".cal-agenda-item").filter(new Locator.FilterOptions()
                .setHasText("Learning Session 3"));
        assertThat(item).hasCount(4);
        assertThat(item.first()).containsText("Going");
        tall(participant, "calendar-agenda");

        open(participant, "");
        assertThat(participant.locator(".home-upcoming")).containsText("Learning Session 3");

        page.navigate(eventPage);
        waitForVaadin();
        assertThat(page.locator(".event-rsvp")).containsText("1 person is going.");
        assertThat(page.locator(".event-layout")).containsText(s.participantA().name());
        button("Edit").click();
        button("This and all following").click();
        page.waitForURL(url -> url.contains("/edit?scope=following"));
        waitForVaadin();
        assertThat(page.locator(".page-lead")).containsText("this occurrence and all following ones");
        assertThat(field("Occurrences")).hasValue("4");
        field("Title").fill("Learning Session 3: spreading what works (room 2)");
        button("Save changes").click();
        page.waitForURL(url -> url.matches(".*/calendar/event/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Learning Session 3: spreading what works (room 2)");

        button("Cancel event").click();
        button("This occurrence").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Cancel event")).last().click();
        waitForVaadin();
        assertThat(page.locator(".badge.event-cancelled")).hasText("Cancelled");
        assertThat(page.locator(".event-rsvp")).containsText("This event was cancelled.");
    }

    @Test
    void officeHoursShowSeatsLeftAndOfferTheWaitlistWhenFull() {
        Scenario s = scenarios.create();
        LocalDateTime start = LocalDate.now(CHICAGO).plusDays(2).atTime(13, 0);
        long hours = as(s.coachA(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.OFFICE_HOURS,
                "Office hours: run charts", "Bring your data.", start, start.plusHours(1), CHICAGO,
                "https://zoom.example.org/j/7", null, Audience.TEAMS, Set.of(s.teamA()), 1, List.of()), null));
        as(s.leadA(), () -> events.respond(hours, true));

        signIn(s.participantA());
        open("calendar/event/" + hours);
        assertThat(page.locator(".event-seats")).hasText("Full: the only seat is taken.");
        button("Join the waitlist").click();
        waitForVaadin();
        assertThat(page.locator(".event-rsvp")).containsText("You are number 1 on the waitlist");
        screenshot("calendar-event-waitlist");

        as(s.leadA(), () -> events.respond(hours, false));
        open("calendar/event/" + hours);
        assertThat(page.locator(".event-rsvp")).containsText("You have a seat.");
    }

    private static String readText(Download download) {
        try {
            return java.nio.file.Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The layout scrolls inside itself: a tall window shows the whole page. */
    private void tall(Page target, String name) {
        target.setViewportSize(1280, 1750);
        target.locator("h1").first().scrollIntoViewIfNeeded();
        screenshot(target, name);
        target.setViewportSize(1280, 860);
    }

    private Locator dateTime(String label) {
        return page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHasText(label));
    }

    /** Other events around, so the screenshots show a calendar in use. */
    private void planAFewOtherEvents(Scenario s, LocalDate around) {
        LocalDate monday = around.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weeksAgo = monday.minusWeeks(4);
        as(s.coachA(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.OFFICE_HOURS,
                "Office hours: PDSA questions", "Drop in with your PDSA questions.", weeksAgo.plusDays(2).atTime(12, 0),
                weeksAgo.plusDays(2).atTime(13, 0), CHICAGO, "https://zoom.example.org/j/5", null, Audience.TEAMS,
                Set.of(s.teamA()), 6, List.of()), Recurrence.times(Frequency.EVERY_TWO_WEEKS, 5)));
        as(s.leadA(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.TEAM_MEETING,
                "Team huddle", null, weeksAgo.plusDays(1).atTime(8, 30), weeksAgo.plusDays(1).atTime(9, 0), CHICAGO,
                null, "Clinic conference room", Audience.TEAMS, Set.of(s.teamA()), null, List.of()),
                Recurrence.times(Frequency.WEEKLY, 8)));
        as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.LEARNING_SESSION,
                "Learning Session 2: testing changes", null, weeksAgo.plusDays(3).atTime(9, 0),
                weeksAgo.plusDays(3).atTime(15, 0), CHICAGO, null, "Hyatt Regency, Grand Ballroom",
                Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
        as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.FIRESIDE_CHAT,
                "Fireside chat: sustaining gains", null, monday.plusDays(3).atTime(15, 0),
                monday.plusDays(3).atTime(16, 0), CHICAGO, "https://zoom.example.org/j/9", null,
                Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
        as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.WEBINAR,
                "Webinar: REaL data in the EHR", null, monday.plusDays(9).atTime(11, 0),
                monday.plusDays(9).atTime(12, 0), CHICAGO, "https://zoom.example.org/j/11", null,
                Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
    }
}
