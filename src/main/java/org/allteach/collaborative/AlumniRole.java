package org.allteach.collaborative;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A role someone held in a collaborative that has closed, kept as their history: "Alumni of Hypertension 2025
 * (2025–2026), team lead, Southside". A coach of several teams holds one role with all of them.
 */
public record AlumniRole(long personId, long collaborativeId, String collaborativeName, LocalDate startDate,
                         LocalDate endDate, Role role, List<String> teams) {

    public AlumniRole {
        teams = List.copyOf(teams);
    }

    /** The years it ran: "2025–2026", or one year when it began and ended in it. */
    public String years() {
        return startDate.getYear() == endDate.getYear() ? String.valueOf(startDate.getYear())
                : startDate.getYear() + "–" + endDate.getYear();
    }

    /** The line for profiles and the directory. */
    public String label() {
        String line = "Alumni of " + collaborativeName + " (" + years() + "), " + role.label().toLowerCase(Locale.ROOT);
        if (teams.isEmpty()) {
            return line;
        }
        return line + ", " + (teams.size() == 1 ? teams.getFirst()
                : String.join(", ", teams.subList(0, teams.size() - 1)) + " and " + teams.getLast());
    }
}
