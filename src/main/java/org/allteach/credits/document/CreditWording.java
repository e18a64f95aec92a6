package org.allteach.credits.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How certificates and transcripts write amounts of credit and dates (US English, as our collaboratives are). */
final class CreditWording {

    private static final Pattern UNIT = Pattern.compile("(?i)\\b(credit|hour|point)(s?)\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    /** More dates than this are written as a count and a range. */
    private static final int LISTED_DATES = 3;

    private CreditWording() {
    }

    /** 1.5, 0.25, 2: no trailing zeros, never an exponent. */
    static String amount(BigDecimal hours) {
        return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    /**
     * The credit type's label for this many units: "1 AMA PRA Category 1 Credit™" but "1.5 AMA PRA Category 1
     * Credits™", "1 ANCC contact hour", "2 ABIM MOC points". The last of credit, hour or point in the label is the unit.
     */
    static String units(BigDecimal hours, String label) {
        MatchResult unit = lastUnit(label);
        return unit == null ? label
                : label.substring(0, unit.start()) + counted(hours, unit.group(1)) + label.substring(unit.end());
    }

    /** The unit alone, as the certificate's seal shows it under the amount: "credits", "contact hour", "points". */
    static String unit(BigDecimal hours, String label) {
        MatchResult unit = lastUnit(label);
        if (unit == null) {
            return "";
        }
        boolean contact = label.substring(0, unit.start()).toLowerCase(Locale.ROOT).endsWith("contact ");
        return (contact ? "contact " : "") + counted(hours, unit.group(1));
    }

    private static MatchResult lastUnit(String label) {
        Matcher unit = UNIT.matcher(label);
        MatchResult last = null;
        while (unit.find()) {
            last = unit.toMatchResult();
        }
        return last;
    }

    private static String counted(BigDecimal hours, String noun) {
        return hours.compareTo(BigDecimal.ONE) == 0 ? noun : noun + "s";
    }

    /** Whether a credit type is a certificate of participation rather than credit. */
    static boolean participation(String label) {
        return label.toLowerCase(Locale.ROOT).contains("participation");
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /**
     * When an activity took place, as the end of a sentence: "on March 12, 2026", consecutive days as "on March
     * 12–13, 2026", up to three days as "on January 14, February 11 and March 11, 2026", more as "in 12 sessions from
     * January 14 to December 9, 2026"; empty without dates.
     */
    static String when(List<LocalDate> dates) {
        List<LocalDate> days = dates.stream().distinct().sorted().toList();
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.getFirst();
        LocalDate last = days.getLast();
        if (days.size() == 1) {
            return "on " + day(first);
        }
        boolean sameYear = first.getYear() == last.getYear();
        if (first.plusDays(days.size() - 1).equals(last)) {
            return sameYear && first.getMonth() == last.getMonth()
                    ? "on " + DAY_IN_YEAR.format(first) + "–" + last.getDayOfMonth() + ", " + last.getYear()
                    : "on " + range(first, last, " – ");
        }
        if (days.size() <= LISTED_DATES) {
            List<String> listed = days.stream().map(sameYear ? DAY_IN_YEAR::format : DAY::format).toList();
            return "on " + String.join(", ", listed.subList(0, listed.size() - 1)) + " and " + listed.getLast()
                    + (sameYear ? ", " + last.getYear() : "");
        }
        return "in " + days.size() + " sessions from " + range(first, last, " to ");
    }

    private static String range(LocalDate first, LocalDate last, String between) {
        return (first.getYear() == last.getYear() ? DAY_IN_YEAR.format(first) : day(first)) + between + day(last);
    }
}
