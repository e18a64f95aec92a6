package org.allteach.calendar;

import static org.allteach.calendar.EventAccessTest.messagesOf;
import static org.allteach.calendar.EventPlans.learningSession;
import static org.allteach.calendar.EventPlans.officeHours;
import static org.allteach.calendar.EventPlans.teamMeeting;
import static org.allteach.calendar.EventPlans.withAudience;
import static org.allteach.calendar.EventPlans.withMaterials;
import static org.allteach.calendar.EventPlans.withSeats;
import static org.allteach.calendar.EventPlans.withTimes;
import static org.allteach.calendar.EventPlans.withTitle;
import static org.allteach.calendar.EventPlans.withWhere;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input comes back as a clear message per form field; nothing is saved. */
class EventValidationTest extends IntegrationTestBase {

    @Autowired
    Events events;
    @Autowired
    Library library;

    Scenario s;
    LocalDateTime start;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        start = LocalDateTime.now().plusDays(3).withHour(9).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(refused(withTimes(learningSession(s.collaborativeId(), start), start, start.minusMinutes(30)), null))
                .containsEntry("end", "The end must be after the start.");
    }

    @Test
    void aMissingTitleIsRefused() {
        assertThat(refused(withTitle(learningSession(s.collaborativeId(), start), "  "), null))
                .containsEntry("title", "Give the event a title.");
    }

    @Test
    void aMeetingLinkMustBeHttps() {
        for (String link : List.of("http://zoom.example.org/j/1", "javascript:alert(1)", "zoom.us/j/1")) {
            assertThat(refused(withWhere(learningSession(s.collaborativeId(), start), link, null), null))
                    .containsEntry("meetingLink",
                            "Give the full https:// address of the meeting (for example https://zoom.us/j/\u2026).");
        }
        assertThat(refused(withWhere(learningSession(s.collaborativeId(), start), null, " "), null))
                .containsEntry("meetingLink", "Give a meeting link or a place (or both), so people know where to join.");
    }

    @Test
    void officeHoursNeedAtLeastOneSeat() {
        EventDetails hours = officeHours(s.collaborativeId(), Set.of(s.teamA()), start, 4);
        assertThat(refused(withSeats(hours, 0), null)).containsEntry("seatLimit", "Office hours need at least 1 seat.");
        assertThat(refused(withSeats(hours, null), null))
                .containsEntry("seatLimit", "Give the number of seats (at least 1).");
    }

    @Test
    void aSeriesMustEndAfterItStartsAndStayBounded() {
        EventDetails session = learningSession(s.collaborativeId(), start);
        assertThat(refused(session, Recurrence.until(Frequency.WEEKLY, start.toLocalDate().minusDays(7))))
                .containsEntry("until", "The series must end on or after its first date.");
        assertThat(refused(session, Recurrence.until(Frequency.WEEKLY, start.toLocalDate().plusYears(5))))
                .containsEntry("until", "A series has at most 100 occurrences: choose an earlier end, and start a new "
                        + "series later if needed.");
        assertThat(refused(session, Recurrence.times(Frequency.WEEKLY, 500))).containsKey("count");
    }

    @Test
    void aTeamMeetingIsForOneTeamAndTeamsMustBeChosen() {
        EventDetails meeting = teamMeeting(s.collaborativeId(), s.teamA(), start);
        assertThat(refused(withAudience(meeting, Audience.TEAMS, Set.of(s.teamA(), s.teamB())), null))
                .containsEntry("teams", "A team meeting is for one team.");
        assertThat(refused(withAudience(learningSession(s.collaborativeId(), start), Audience.TEAMS, Set.of()), null))
                .containsEntry("teams", "Choose at least one team.");
    }

    @Test
    void materialsMustBeResourcesThePlannerCanOpen() {
        long teamBPaper = as(s.participantB(), () -> library.add(new ResourceDetails(s.collaborativeId(),
                ResourceKind.PAPER, "Team B's private notes", "", null, List.of(), null, null,
                "https://example.org/notes", Visibility.TEAM, s.teamB()), null, null));
        long shared = as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(),
                ResourceKind.TOOLKIT, "Run chart toolkit", "", null, List.of(), null, null,
                "https://example.org/toolkit", Visibility.COLLABORATIVE, null), null, null));

        assertThat(as(s.coachA(), () -> messagesOf(() -> events.create(withMaterials(officeHours(s.collaborativeId(),
                Set.of(s.teamA()), start, 3), List.of(teamBPaper)), null))))
                .containsEntry("materials", "Choose resources from the library that you can open.");

        long withMaterial = as(s.organiser(), () -> events.create(withMaterials(learningSession(s.collaborativeId(),
                start), List.of(shared, teamBPaper)), null));
        // the organiser may open both; a participant of team A only sees the shared toolkit
        assertThat(as(s.participantA(), () -> events.event(withMaterial)).materials())
                .extracting(MaterialLink::title).containsExactly("Run chart toolkit");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        EventDetails bad = new EventDetails(s.collaborativeId(), EventKind.OFFICE_HOURS, "", null, start,
                start.minusHours(1), EventPlans.NEW_YORK, "ftp://x", null, Audience.TEAMS, Set.of(s.teamA()), 0,
                List.of());
        assertThat(refused(bad, null)).containsKeys("title", "end", "meetingLink", "seatLimit");
    }

    @Test
    void theDescriptionIsRenderedWithoutScripts() {
        EventDetails session = learningSession(s.collaborativeId(), start);
        long id = as(s.organiser(), () -> events.create(new EventDetails(session.collaborativeId(), session.kind(),
                session.title(), "**Bring** your run chart <script>alert(1)</script>", session.start(), session.end(),
                session.zone(), session.meetingLink(), null, session.audience(), Set.of(), null, List.of()), null));

        String html = as(s.participantA(), () -> events.event(id)).descriptionHtml();
        assertThat(html).contains("<strong>Bring</strong>").doesNotContain("<script");
    }

    private Map<String, String> refused(EventDetails details, Recurrence recurrence) {
        return as(s.organiser(), () -> messagesOf(() -> events.create(details, recurrence)));
    }
}
