package org.allteach.calendar;

import java.util.List;

/**
 * An attendance list was not imported because some of its rows have problems; nothing was recorded. The page lists
 * every problem with its line number, so the list can be fixed and imported again.
 */
public class AttendanceListRejected extends RuntimeException {

    /** A problem in one line of the file (line 1 is the header). */
    public record RowProblem(int line, String message) {
    }

    private final List<RowProblem> problems;

    public AttendanceListRejected(List<RowProblem> problems) {
        super(problems.size() + " problem(s) in the attendance list");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
