package org.allteach.pdsa.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.allteach.pdsa.ActDecision;
import org.allteach.pdsa.ChangeIdeaStatus;
import org.allteach.pdsa.CycleRef;
import org.allteach.pdsa.CycleStatus;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.Dates;

/** The badges and date lines PDSA pages share. */
final class PdsaBadges {

    private PdsaBadges() {
    }

    static Badge of(CycleStatus status) {
        return new Badge(status.label(), "pdsa", status.name());
    }

    static Badge of(ActDecision act) {
        return new Badge(act.label(), "act", act.name());
    }

    static Badge of(ChangeIdeaStatus status) {
        return new Badge(status.label(), "idea", status.name());
    }

    /** "Started 3 Mar 2026", "Planned for 10 Apr 2026", "Completed 2 Apr 2026", or null without a date. */
    static String when(CycleRef cycle, Locale locale) {
        return switch (cycle.status()) {
            case PLANNED -> dated("Planned for", cycle.plannedStart(), locale);
            case IN_PROGRESS -> dated("Started", cycle.startedOn(), locale);
            case COMPLETED -> dated("Completed", cycle.completedOn(), locale);
        };
    }

    private static String dated(String what, LocalDate date, Locale locale) {
        return date == null ? null : what + " " + Dates.format(date, locale);
    }
}
