package org.allteach.credits;

import java.time.LocalDate;

/** The days a credit report covers, both included, in the organiser's time zone. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** A calendar year, the period accreditors' annual reports use. */
    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
