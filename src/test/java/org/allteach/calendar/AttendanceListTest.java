package org.allteach.calendar;

import java.util.List;

import org.allteach.calendar.AttendanceListRejected.RowProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading attendance lists: our template, video-meeting reports, and every kind of broken row. */
class AttendanceListTest {

    @Test
    void readsTheTemplate() {
        assertThat(AttendanceList.read(AttendanceList.template())).containsExactly(
                new AttendanceList.Entry("rosa.martinez@example.org", 60, 2),
                new AttendanceList.Entry("sam.lee@example.org", 45, 3));
    }

    @Test
    void readsAVideoMeetingReportAddingUpTheMinutesOfSomeoneWhoRejoined() {
        String report = """
                \uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
                "Martinez, Rosa",Rosa.Martinez@Example.org,11/18/2026 10:00:12 AM,11/18/2026 10:40:00 AM,40,No
                Sam Lee,sam.lee@example.org,11/18/2026 10:01:00 AM,11/18/2026 11:30:00 AM,89,No
                "Martinez, Rosa",rosa.martinez@example.org,11/18/2026 10:45:00 AM,11/18/2026 11:30:00 AM,45,No
                """;

        assertThat(AttendanceList.read(report)).containsExactly(
                new AttendanceList.Entry("rosa.martinez@example.org", 85, 2),
                new AttendanceList.Entry("sam.lee@example.org", 89, 3));
    }

    @Test
    void aListWithoutMinutesMeansWholeSessions() {
        assertThat(AttendanceList.read("Email\nana@example.org\n\nbo@example.org\n"))
                .extracting(AttendanceList.Entry::minutes).containsExactly(null, null);
    }

    @Test
    void reportsEveryBadRowWithItsLineNumber() {
        String list = """
                email,minutes
                ana@example.org,60
                not-an-address,30
                ,20
                bo@example.org,forty
                cy@example.org,-5
                """;

        assertThat(problems(list)).containsExactly(
                new RowProblem(3, "\"not-an-address\" is not an email address."),
                new RowProblem(4, "The email address is missing."),
                new RowProblem(5, "Minutes must be a whole number, not \"forty\"."),
                new RowProblem(6, "Minutes must be between 0 and 1440."));
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefusedAtItsFirstLine() {
        assertThat(problems("name,minutes\nAna,60\n")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.message()).contains("\"email\"");
                });
    }

    @Test
    void brokenQuotingNamesTheLineToCheck() {
        List<RowProblem> problems = problems("email,minutes\nana@example.org,60\n\"bo@example.org\"x,30\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("quotation marks");
        });
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertThat(problems("")).extracting(RowProblem::message).containsExactly("The file is empty.");
        assertThat(problems("email\n")).extracting(RowProblem::message)
                .containsExactly("The list has no attendees below its header.");
    }

    private static List<RowProblem> problems(String list) {
        return catchThrowableOfType(AttendanceListRejected.class, () -> AttendanceList.read(list)).problems();
    }
}
