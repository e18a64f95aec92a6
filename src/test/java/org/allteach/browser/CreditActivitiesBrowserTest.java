package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.credits.ActivityDetails;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditType;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An organiser plans a CE activity, is told about the placeholder left in a statement, and extends a claim window. */
class CreditActivitiesBrowserTest extends BrowserTestBase {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;

    @Test
    void anOrganiserPlansAnActivityAndExtendsAClaimWindow() {
        Scenario s = scenarios.create();
        LocalDateTime start = ZonedDateTime.now(CHICAGO).minusHours(3).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        long session = as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning Session 3: equity in hypertension control", null, start,
                start.plusMinutes(90), CHICAGO, "https://zoom.example.org/j/789", null, Audience.COLLABORATIVE,
                Set.of(), null, List.of()), null));
        ActivityDetails defaults = ActivityDetails.startingPoint(s.collaborativeId(), "Lakeside Health CME");
        as(s.organiser(), () -> activities.create(new ActivityDetails(s.collaborativeId(),
                "Learning Session 3", new ActivityLink(ActivityLink.Kind.EVENT, session), defaults.provider(),
                Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"), CreditType.PARTICIPATION,
                        new BigDecimal("1.5")), defaults.accreditationStatement(),
                ActivityDetails.defaultDesignationStatement("Lakeside Health CME", ActivityLink.Kind.EVENT,
                        new BigDecimal("1.5")), List.of("Dr. Ana Lee: nothing to disclose"), 30,
                defaults.evaluation())));
        as(s.organiser(), () -> attendance.markPresent(session, s.participantA().id(), 90));

        signIn(s.organiser());
        open("credits/activities");
        assertThat(page.locator("vaadin-grid")).containsText("Learning Session 3");
        screenshot("ce-activities-list");

        button("New activity").click();
        waitForVaadin();
        field("Title").fill("Learning Session 3: nursing contact hours");
        choose("vaadin-combo-box", "Session", "Learning Session 3");
        field("Accredited provider").fill("Lakeside Health CME");
        screenshot("ce-activity-form-new");
        page.getByText("ANCC nursing contact hours", new Page.GetByTextOptions()
                .setExact(true)).click();
        waitForVaadin();
        field("Most hours: ANCC nursing contact hours").fill("1.5");
        button("Save activity").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-area", "Credit designation statement"))
                .hasText("Replace the [placeholders] in the statements.");
        assertThat(field("Title")).hasValue("Learning Session 3: nursing contact hours");
        screenshot("ce-activity-form-refused");

        field("Credit designation statement").fill("Lakeside Health CME designates this live activity for a"
                + " maximum of 1.5 nursing contact hours.");
        button("Save activity").click();
        waitForVaadin();
        assertThat(page.locator("main h1")).containsText("Learning Session 3: nursing contact hours");

        open("credits/activities");
        page.getByText("Learning Session 3", new Page.GetByTextOptions().setExact(true))
                .click();
        waitForVaadin();
        choose("vaadin-combo-box", "Person who attended", s.participantA().name());
        fillDate("Claim until (end of day)", LocalDate.now(CHICAGO).plusDays(60)
                .format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        button("Extend window").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-field", "Reason")).containsText("Say why");
        field("Reason").fill("Unwell during the claim window");
        button("Extend window").click();
        waitForVaadin();
        assertThat(page.locator(".ce-extensions vaadin-grid")).containsText("Unwell during the claim window");
        page.locator(".ce-extensions vaadin-grid").scrollIntoViewIfNeeded();
        screenshot("ce-activity-extensions");
    }
}
