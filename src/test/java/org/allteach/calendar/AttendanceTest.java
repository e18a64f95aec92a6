package org.allteach.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;

import org.allteach.calendar.AttendanceListRejected.RowProblem;
import org.allteach.calendar.AttendanceSheet.Attendee;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.allteach.calendar.EventPlans.NEW_YORK;
import static org.allteach.calendar.EventPlans.learningSession;
import static org.allteach.calendar.EventPlans.teamMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Check-in codes, marking, importing lists, and the SessionAttended events that credit is claimed from. */
@RecordApplicationEvents
class AttendanceTest extends IntegrationTestBase {

    @Autowired
    Events events;

    @Autowired
    Attendance attendance;

    @Autowired
    ApplicationEvents published;

    Scenario s;
    long session;

    /** A 90-minute learning session starting in two hours. */
    @BeforeEach
    void planSession() {
        s = scenarios.create();
        LocalDateTime start = ZonedDateTime.now(NEW_YORK).plusHours(2).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), start), null));
    }

    @Test
    void anAttendeeChecksInWithTheCodeShownDuringTheSession() {
        clock.advance(Duration.ofHours(2).plusMinutes(5));
        String code = as(s.organiser(), () -> attendance.openCheckIn(session).code());

        Attendance.CheckedIn checkedIn = as(s.participantA(), () -> attendance.checkIn(" " + code.toLowerCase() + " "));

        assertThat(checkedIn.eventId()).isEqualTo(session);
        assertThat(checkedIn.alreadyRecorded()).isFalse();
        assertThat(as(s.participantA(), () -> attendance.mine(session)).attended()).isTrue();
        Attendee attendee = as(s.organiser(), () -> attendance.sheet(session)).attendees().getFirst();
        assertThat(attendee.personId()).isEqualTo(s.participantA().id());
        assertThat(attendee.minutes()).isEqualTo(90);
        assertThat(attendee.source()).isEqualTo(AttendanceSource.CODE);
        assertThat(published.stream(SessionAttended.class)).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(session);
            assertThat(event.personId()).isEqualTo(s.participantA().id());
            assertThat(event.minutes()).isEqualTo(90);
            assertThat(event.collaborativeId()).isEqualTo(s.collaborativeId());
        });

        assertThat(as(s.participantA(), () -> attendance.checkIn(code)).alreadyRecorded()).isTrue();
        assertThat(published.stream(SessionAttended.class)).hasSize(1);
    }

    @Test
    void theCodeWorksOnlyInsideItsWindowAndReopeningGivesANewCode() {
        assertThatThrownBy(() -> as(s.organiser(), () -> attendance.openCheckIn(session)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("an hour before");

        clock.advance(Duration.ofHours(1).plusMinutes(30));
        String first = as(s.organiser(), () -> attendance.openCheckIn(session).code());
        String second = as(s.organiser(), () -> attendance.openCheckIn(session).code());
        assertThat(second).isNotEqualTo(first).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(codeMessage(s.participantA(), first)).contains("No open check-in has this code");

        clock.advance(Duration.ofMinutes(30 + 90 + 16));
        assertThat(codeMessage(s.participantA(), second)).contains("has closed");
        assertThat(as(s.participantA(), () -> attendance.mine(session)).attended()).isFalse();
    }

    @Test
    void aClosedCheckInRefusesTheCode() {
        clock.advance(Duration.ofHours(2));
        String code = as(s.organiser(), () -> attendance.openCheckIn(session).code());
        as(s.organiser(), () -> attendance.closeCheckIn(session));

        assertThat(codeMessage(s.participantA(), code)).contains("has closed");
    }

    @Test
    void aCodeGivesNothingForATeamMeetingOfAnotherTeamNorRevealsIt() {
        LocalDateTime start = ZonedDateTime.now(NEW_YORK).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        long meeting = as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), start), null));
        String code = as(s.leadA(), () -> attendance.openCheckIn(meeting).code());

        assertThat(codeMessage(s.participantB(), code)).isEqualTo(
                "No open check-in has this code. Check the code shown in the session.");
        assertThatThrownBy(() -> as(s.participantB(), () -> attendance.mine(meeting)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> attendance.sheet(meeting)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(s.participantA(), () -> attendance.checkIn(code)).eventId()).isEqualTo(meeting);
    }

    @Test
    void onlyTheHostAndThoseWhoMayChangeTheEventRunItsAttendance() {
        clock.advance(Duration.ofHours(2));

        for (Person notHost : List.of(s.participantA(), s.leadA(), s.coachA())) {
            assertThatThrownBy(() -> as(notHost, () -> attendance.sheet(session)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(notHost, () -> attendance.openCheckIn(session)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(notHost, () -> attendance.markPresent(session, notHost.id(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(notHost, () -> attendance.importList(session, "email\n" + notHost.email())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(as(notHost, () -> attendance.mayManage(session))).isFalse();
        }
        assertThat(as(s.organiser(), () -> attendance.mayManage(session))).isTrue();
    }

    @Test
    void tooManyWrongCodesLockThePersonOutForAWhile() {
        clock.advance(Duration.ofHours(2));
        String code = as(s.organiser(), () -> attendance.openCheckIn(session).code());
        String wrong = code.startsWith("A") ? "BBBBBB" : "AAAAAA";
        for (int i = 0; i < Attendance.MAX_WRONG_CODES; i++) {
            codeMessage(s.participantA(), wrong);
        }

        assertThat(codeMessage(s.participantA(), code)).contains("Too many wrong codes");
        clock.advance(Attendance.WRONG_CODE_PERIOD.plusMinutes(1));
        assertThat(as(s.participantA(), () -> attendance.checkIn(code)).eventId()).isEqualTo(session);
    }

    @Test
    void theHostMarksPeoplePresentForPartOfTheSessionAndRemovesMistakes() {
        clock.advance(Duration.ofHours(2));
        as(s.participantB(), () -> events.respond(session, true));
        assertThat(as(s.organiser(), () -> attendance.sheet(session)).goingNotRecorded())
                .extracting(AttendanceSheet.Expected::personId).containsExactly(s.participantB().id());

        as(s.organiser(), () -> attendance.markPresent(session, s.participantB().id(), 45));
        as(s.organiser(), () -> attendance.markPresent(session, s.leadA().id(), null));

        AttendanceSheet sheet = as(s.organiser(), () -> attendance.sheet(session));
        assertThat(sheet.goingNotRecorded()).isEmpty();
        assertThat(sheet.attendees()).extracting(Attendee::personId, Attendee::minutes, Attendee::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.participantB().id(), 45, AttendanceSource.MARKED),
                        org.assertj.core.groups.Tuple.tuple(s.leadA().id(), 90, AttendanceSource.MARKED));
        assertThatThrownBy(() -> as(s.organiser(), () -> attendance.markPresent(session, s.leadA().id(), 91)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("between 1 and 90");
        assertThatThrownBy(() -> as(s.organiser(), () -> attendance.markPresent(session, s.outsider().id(), null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("member of this collaborative");

        as(s.organiser(), () -> attendance.remove(session, s.leadA().id()));
        assertThat(as(s.organiser(), () -> attendance.sheet(session)).attendees()).hasSize(1);
        assertThat(published.stream(AttendanceRemoved.class)).containsExactly(
                new AttendanceRemoved(session, s.leadA().id()));
    }

    @Test
    void anImportedListRecordsEveryoneWithMinutesCappedAtTheSessionLength() {
        clock.advance(Duration.ofHours(4));
        String list = "User Email,Duration (Minutes)\n"
                + s.participantA().email() + ",50\n"
                + s.leadA().email().toUpperCase() + ",120\n"
                + s.participantA().email() + ",25\n";

        Attendance.ImportSummary summary = as(s.organiser(), () -> attendance.importList(session, list));

        assertThat(summary).isEqualTo(new Attendance.ImportSummary(2, 0));
        assertThat(as(s.organiser(), () -> attendance.sheet(session)).attendees())
                .extracting(Attendee::personId, Attendee::minutes)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(s.participantA().id(), 75),
                        org.assertj.core.groups.Tuple.tuple(s.leadA().id(), 90));
        assertThat(published.stream(SessionAttended.class)).hasSize(2);
        assertThat(as(s.organiser(), () -> attendance.exportList(session)))
                .startsWith("name,email,minutes,recorded as,recorded at (UTC)")
                .contains(s.participantA().email() + ",75,Imported");
    }

    @Test
    void aListWithBadRowsRecordsNothingAndNamesEachRow() {
        clock.advance(Duration.ofHours(3));
        String list = "email,minutes\n"
                + s.participantA().email() + ",60\n"
                + "nobody-" + s.participantA().email() + ",60\n"
                + s.outsider().email() + ",30\n"
                + s.leadA().email() + ",sixty\n";

        List<RowProblem> problems = catchThrowableOfType(AttendanceListRejected.class,
                () -> as(s.organiser(), () -> attendance.importList(session, list))).problems();

        assertThat(problems).extracting(RowProblem::line).containsExactly(5);
        assertThat(problems.getFirst().message()).contains("whole number");
        assertThat(as(s.organiser(), () -> attendance.sheet(session)).attendees()).isEmpty();

        String wellFormed = list.replace(",sixty", ",60");
        problems = catchThrowableOfType(AttendanceListRejected.class,
                () -> as(s.organiser(), () -> attendance.importList(session, wellFormed))).problems();
        assertThat(problems).extracting(RowProblem::line).containsExactly(3, 4);
        assertThat(problems.get(0).message()).contains("has an account");
        assertThat(problems.get(1).message()).contains("not a member of this collaborative");
        assertThat(as(s.organiser(), () -> attendance.sheet(session)).attendees()).isEmpty();
        assertThat(published.stream(SessionAttended.class)).isEmpty();
    }

    private String codeMessage(Person person, String code) {
        return catchThrowableOfType(InvalidInput.class, () -> as(person, () -> attendance.checkIn(code)))
                .fieldErrors().get("code");
    }
}
