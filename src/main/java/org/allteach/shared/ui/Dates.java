package org.allteach.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them: "Mar 2, 2026", and ranges "Mar 2, 2026 – Feb 26, 2027". */
public final class Dates {

    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Dates() {
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : MEDIUM.withLocale(locale).format(date);
    }

    public static String range(LocalDate start, LocalDate end, Locale locale) {
        return format(start, locale) + " \u2013 " + format(end, locale);
    }
}
