package org.allteach.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allteach.calendar.AttendanceListRejected.RowProblem;
import org.allteach.shared.EmailAddress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an attendance list: a CSV file whose first line names the columns. One column holds the email address
 * ("email", or the names video-meeting reports use such as "User Email"); an optional column holds the minutes
 * attended ("minutes", "Duration (Minutes)"). Other columns (names, join times) are ignored. A person who left and
 * rejoined appears on several rows of a meeting report: their minutes are added up.
 */
final class AttendanceList {

    static final int MAX_ROWS = 5000;
    private static final int MAX_MINUTES_PER_ROW = 24 * 60;
    private static final Set<String> EMAIL_COLUMNS = Set.of("email", "e-mail", "email address", "user email",
            "attendee email", "participant email");
    private static final Set<String> MINUTES_COLUMNS = Set.of("minutes", "duration (minutes)", "duration (mins)",
            "duration", "time in session (minutes)", "attended minutes", "total duration (minutes)");

    /** One attendee: their address as normalised, minutes attended (null: the whole event), first line they are on. */
    record Entry(String email, Integer minutes, int line) {
    }

    private AttendanceList() {
    }

    /** The template offered for download. */
    static String template() {
        return "email,minutes\r\nrosa.martinez@example.org,60\r\nsam.lee@example.org,45\r\n";
    }

    /** @throws AttendanceListRejected listing every problem, when there is any */
    static List<Entry> read(String text) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        int line = 1;
        try (Reader reader = new StringReader(withoutBom); CSVParser parser = CSVParser.parse(reader, format)) {
            int emailColumn = -1;
            int minutesColumn = -1;
            boolean header = true;
            for (CSVRecord row : parser) {
                line = Math.toIntExact(parser.getCurrentLineNumber());
                if (header) {
                    header = false;
                    for (int i = 0; i < row.size(); i++) {
                        String name = row.get(i).strip().toLowerCase(Locale.ROOT);
                        if (emailColumn < 0 && EMAIL_COLUMNS.contains(name)) {
                            emailColumn = i;
                        } else if (minutesColumn < 0 && MINUTES_COLUMNS.contains(name)) {
                            minutesColumn = i;
                        }
                    }
                    if (emailColumn < 0) {
                        throw new AttendanceListRejected(List.of(new RowProblem(line,
                                "The first line must name the columns, one of them \"email\" (for example: "
                                        + "email,minutes).")));
                    }
                    continue;
                }
                if (entries.size() >= MAX_ROWS) {
                    problems.add(new RowProblem(line, "A list has at most " + MAX_ROWS
                            + " attendees; split it into several files."));
                    break;
                }
                read(row, line, emailColumn, minutesColumn, entries, problems);
            }
            if (header) {
                throw new AttendanceListRejected(List.of(new RowProblem(1, "The file is empty.")));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException broken) {
            // commons-csv reports broken quoting this way; the problem is on the line after the last one read
            problems.add(new RowProblem(line + 1, "This line cannot be read: check its quotation marks (a value with"
                    + " a comma goes in \"double quotes\", and a quote inside it is written twice)."));
        }
        if (!problems.isEmpty()) {
            throw new AttendanceListRejected(problems);
        }
        if (entries.isEmpty()) {
            throw new AttendanceListRejected(List.of(new RowProblem(2, "The list has no attendees below its header.")));
        }
        return List.copyOf(entries.values());
    }

    private static void read(CSVRecord row, int line, int emailColumn, int minutesColumn, Map<String, Entry> entries,
                             List<RowProblem> problems) {
        String email = emailColumn < row.size() ? row.get(emailColumn).strip() : "";
        if (email.isEmpty()) {
            problems.add(new RowProblem(line, "The email address is missing."));
            return;
        }
        if (EmailAddress.problem(email).isPresent()) {
            problems.add(new RowProblem(line, "\"" + email + "\" is not an email address."));
            return;
        }
        Integer minutes = null;
        String typed = minutesColumn >= 0 && minutesColumn < row.size() ? row.get(minutesColumn).strip() : "";
        if (!typed.isEmpty()) {
            try {
                minutes = Integer.parseInt(typed);
            } catch (NumberFormatException notWhole) {
                problems.add(new RowProblem(line, "Minutes must be a whole number, not \"" + typed + "\"."));
                return;
            }
            if (minutes < 0 || minutes > MAX_MINUTES_PER_ROW) {
                problems.add(new RowProblem(line, "Minutes must be between 0 and " + MAX_MINUTES_PER_ROW + "."));
                return;
            }
        }
        String normalised = EmailAddress.normalise(email);
        Entry earlier = entries.get(normalised);
        if (earlier == null) {
            entries.put(normalised, new Entry(normalised, minutes, line));
        } else {
            Integer total = earlier.minutes() == null || minutes == null ? null : earlier.minutes() + minutes;
            entries.put(normalised, new Entry(normalised, total, earlier.line()));
        }
    }
}
