package org.allteach.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allteach.shared.InvalidInput;

/**
 * A series' rule: how it repeats and when it ends, on a date ({@code until}, inclusive) or after {@code count}
 * occurrences. Dates are local dates in the series' time zone; each occurrence keeps the first one's wall-clock time.
 */
public record Recurrence(Frequency frequency, LocalDate until, Integer count) {

    /** A series has at most this many occurrences, so a typo in the end date cannot fill years of calendar. */
    public static final int MAX_OCCURRENCES = 100;

    public static Recurrence until(Frequency frequency, LocalDate until) {
        return new Recurrence(frequency, until, null);
    }

    public static Recurrence times(Frequency frequency, int count) {
        return new Recurrence(frequency, null, count);
    }

    /** "Monthly on the 2nd Tuesday, until Jun 9, 2026" / "Weekly on Monday, 6 times". */
    public String describe(LocalDate anchor, Locale locale) {
        String rule = frequency.describe(anchor);
        if (until != null) {
            return rule + ", until " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(until);
        }
        return rule + (count == 1 ? ", once" : ", " + count + " times");
    }

    /**
     * The dates of the occurrences from the anchor on, at most {@link #MAX_OCCURRENCES} + 1 (one more tells the caller
     * the rule asks for too many). Check the rule first with {@link #problems}.
     */
    public List<LocalDate> dates(LocalDate anchor) {
        List<LocalDate> dates = new ArrayList<>();
        int wanted = count != null ? count : Integer.MAX_VALUE;
        // Monthly on the 31st skips short months; twelve misses in a row cannot happen unless something is wrong.
        int misses = 0;
        for (int n = 0; dates.size() < wanted && dates.size() <= MAX_OCCURRENCES && misses < 12; n++) {
            LocalDate date = frequency.nth(anchor, n);
            if (date == null) {
                misses++;
                continue;
            }
            misses = 0;
            if (until != null && date.isAfter(until)) {
                break;
            }
            dates.add(date);
        }
        return dates;
    }

    /** Records what is wrong with this rule for a series whose first date is the anchor (fields frequency, until, count). */
    void problems(LocalDate anchor, InvalidInput.Collector errors) {
        if (frequency == null) {
            errors.add("frequency", "Choose how the event repeats.");
            return;
        }
        String weekday = anchor.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!frequency.fits(anchor)) {
            errors.add("frequency", frequency == Frequency.MONTHLY_ON_WEEKDAY
                    ? "Not every month has a 5th " + weekday + ": choose \u201cthe last " + weekday + "\u201d instead."
                    : "The first date is not the last " + weekday + " of its month.");
            return;
        }
        if ((until == null) == (count == null)) {
            errors.add("until", "Choose when the series ends: on a date, or after a number of occurrences.");
        } else if (until != null && until.isBefore(anchor)) {
            errors.add("until", "The series must end on or after its first date.");
        } else if (count != null && count < 1) {
            errors.add("count", "Give at least 1 occurrence.");
        } else if (count != null ? count > MAX_OCCURRENCES : dates(anchor).size() > MAX_OCCURRENCES) {
            errors.add(count != null ? "count" : "until", "A series has at most " + MAX_OCCURRENCES
                    + " occurrences: choose an earlier end, and start a new series later if needed.");
        }
    }
}
