package org.allteach.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.AttendanceSheet.Attendee;
import org.allteach.calendar.AttendanceSource;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** A host opens check-in, an attendee checks in with the code, the host imports the meeting's attendance list. */
class AttendanceBrowserTest extends BrowserTestBase {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    Events events;

    @Autowired
    Attendance attendance;

    @Test
    void anAttendeeChecksInWithTheCodeAndTheHostImportsTheRest() {
        Scenario s = scenarios.create();
        LocalDateTime start = ZonedDateTime.now(CHICAGO).plusMinutes(20)
                .truncatedTo(ChronoUnit.MINUTES).toLocalDateTime();
        long session = as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning Session 3: equity in hypertension control", null, start,
                start.plusMinutes(90), CHICAGO, "https://zoom.example.org/j/789", null,
                Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
        as(s.leadA(), () -> events.respond(session, true));

        signIn(s.organiser());
        open("calendar/event/" + session);
        button("Attendance").click();
        page.waitForURL(url -> url.endsWith("/calendar/event/" + session + "/attendance"));
        waitForVaadin();
        button("Open check-in").click();
        waitForVaadin();
        String code = page.locator(".check-in-code").innerText().replace(" ", "");
        org.assertj.core.api.Assertions.assertThat(code).matches("[A-Z2-9]{6}");
        screenshot("attendance-check-in-open");

        Page attendee = newSession();
        signIn(attendee, s.participantA().email(), Scenarios.PASSWORD);
        open(attendee, "calendar/event/" + session);
        assertThat(attendee.locator(".event-check-in")).containsText("Check-in is open");
        button(attendee, "Check in").click();
        attendee.waitForURL(url -> url.endsWith("/check-in"));
        waitForVaadin(attendee);
        field(attendee, "Check-in code").fill("ZZZ 999");
        button(attendee, "Check in").click();
        waitForVaadin(attendee);
        assertThat(errorOf(attendee, "vaadin-text-field", "Check-in code")).containsText("No open check-in has this code");
        field(attendee, "Check-in code").fill(code.substring(0, 3).toLowerCase() + " " + code.substring(3));
        button(attendee, "Check in").click();
        waitForVaadin(attendee);
        assertThat(attendee.locator(".check-in-result")).containsText("You are checked in to \"Learning Session 3");
        screenshot(attendee, "attendance-checked-in");
        open(attendee, "calendar/event/" + session);
        assertThat(attendee.locator(".event-check-in")).containsText("You attended (90 minutes).");

        // the lead said they would come: one click marks them
        page.reload();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid")).containsText(s.participantA().name());
        button("Mark " + s.leadA().name() + " present").click();
        waitForVaadin();
        assertThat(page.locator(".attendees-top")).containsText("2 attendees");

        // a meeting report with a stranger in it is refused whole, with the line to fix
        String report = "Name,User Email,Duration (Minutes)\n"
                + "\"" + s.participantB().name() + "\"," + s.participantB().email() + ",70\n"
                + "Somebody,somebody@elsewhere.example,30\n";
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click())
                .setFiles(new FilePayload("zoom-report.csv", "text/csv", report.getBytes(StandardCharsets.UTF_8)));
        waitForVaadin();
        assertThat(page.locator(".import-problems")).containsText("Line 3: Nobody with the address "
                + "somebody@elsewhere.example has an account in AllTeach.");
        assertThat(page.locator(".attendees-top")).containsText("2 attendees");
        screenshot("attendance-import-refused");

        String fixed = report.replace("Somebody,somebody@elsewhere.example,30\n", "");
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click())
                .setFiles(new FilePayload("zoom-report.csv", "text/csv", fixed.getBytes(StandardCharsets.UTF_8)));
        waitForVaadin();
        assertThat(page.locator(".attendees-top")).containsText("3 attendees");
        assertThat(page.locator(".import-problems")).isHidden();
        screenshot("attendance-page");

        List<Attendee> recorded = as(s.organiser(), () -> attendance.sheet(session)).attendees();
        org.assertj.core.api.Assertions.assertThat(recorded)
                .extracting(Attendee::personId, Attendee::minutes, Attendee::source)
                .containsExactly(
                        tuple(s.participantA().id(), 90, AttendanceSource.CODE),
                        tuple(s.leadA().id(), 90, AttendanceSource.MARKED),
                        tuple(s.participantB().id(), 70, AttendanceSource.IMPORTED));
    }
}
