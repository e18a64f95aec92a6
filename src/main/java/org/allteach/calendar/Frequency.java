package org.allteach.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How a series repeats, anchored on the date of its first occurrence: the weekday, the weekday's place in the month
 * ("2nd Tuesday", "last Friday") and the day of the month all come from that date.
 */
public enum Frequency {
    WEEKLY,
    EVERY_TWO_WEEKS,
    /** The anchor's weekday and its place in the month (1st to 4th): "monthly on the 2nd Tuesday". */
    MONTHLY_ON_WEEKDAY,
    /** The last of the anchor's weekday in each month: "monthly on the last Friday". */
    MONTHLY_ON_LAST_WEEKDAY,
    /** The anchor's day of the month; months without that day (the 31st in April) are skipped, as in RFC 5545. */
    MONTHLY_ON_DATE;

    private static final String[] ORDINALS = {"1st", "2nd", "3rd", "4th", "5th"};

    /** "Weekly on Tuesday", "Monthly on the 2nd Tuesday", "Monthly on day 14". */
    public String describe(LocalDate anchor) {
        String weekday = anchor.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (this) {
            case WEEKLY -> "Weekly on " + weekday;
            case EVERY_TWO_WEEKS -> "Every 2 weeks on " + weekday;
            case MONTHLY_ON_WEEKDAY -> "Monthly on the " + ORDINALS[weekOfMonth(anchor) - 1] + " " + weekday;
            case MONTHLY_ON_LAST_WEEKDAY -> "Monthly on the last " + weekday;
            case MONTHLY_ON_DATE -> "Monthly on day " + anchor.getDayOfMonth();
        };
    }

    /**
     * Whether this frequency fits the anchor date: the 5th Tuesday is not in every month (choose "last Tuesday"), and
     * "last Friday" needs a date that is its month's last Friday.
     */
    public boolean fits(LocalDate anchor) {
        return switch (this) {
            case MONTHLY_ON_WEEKDAY -> weekOfMonth(anchor) <= 4;
            case MONTHLY_ON_LAST_WEEKDAY -> anchor.plusWeeks(1).getMonth() != anchor.getMonth();
            default -> true;
        };
    }

    /**
     * The date of the n-th period after the anchor (n = 0 is the anchor's), or null when that month has no such day
     * (only {@link #MONTHLY_ON_DATE}).
     */
    LocalDate nth(LocalDate anchor, int n) {
        return switch (this) {
            case WEEKLY -> anchor.plusWeeks(n);
            case EVERY_TWO_WEEKS -> anchor.plusWeeks(2L * n);
            case MONTHLY_ON_WEEKDAY -> month(anchor, n).atDay(1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth(anchor), anchor.getDayOfWeek()));
            case MONTHLY_ON_LAST_WEEKDAY -> month(anchor, n).atDay(1)
                    .with(TemporalAdjusters.lastInMonth(anchor.getDayOfWeek()));
            case MONTHLY_ON_DATE -> month(anchor, n).isValidDay(anchor.getDayOfMonth())
                    ? month(anchor, n).atDay(anchor.getDayOfMonth()) : null;
        };
    }

    static int weekOfMonth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    private static YearMonth month(LocalDate anchor, int n) {
        return YearMonth.from(anchor).plusMonths(n);
    }

    /** The weekday a weekly or "nth weekday" rule repeats on. */
    public static DayOfWeek weekday(LocalDate anchor) {
        return anchor.getDayOfWeek();
    }
}
