package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A signal in a sentence for the text beside the chart, e.g. "Shift since March 2026: 7 months above the baseline
 * median — an improvement, in the desired direction." The sentences are English; the locale names the months.
 */
public final class SignalWords {

    private SignalWords() {
    }

    public static String describe(Signal signal, Series series, Locale locale) {
        String span = span(signal, series, locale);
        String count = signal.points() == 1 ? "1 month" : signal.points() + " months";
        String line = signal.rule().runChart() ? "the baseline median" : "the centre line";
        String side = switch (signal.side()) {
            case ABOVE -> "above " + line;
            case BELOW -> "below " + line;
            case UP -> "rising";
            case DOWN -> "falling";
            case NEITHER -> "on " + line;
        };
        String sentence = switch (signal.rule()) {
            case SHIFT, EIGHT_ON_ONE_SIDE -> "Shift " + span + ": " + count + " " + side;
            case LONGEST_RUN -> "Shift " + span + ": " + count + " " + side + ", a longer run than chance allows";
            case TREND, SIX_TRENDING -> "Trend " + span + ": " + count + " " + side;
            case ASTRONOMICAL -> "Astronomical point " + span + " (marked by the team), " + side;
            case BEYOND_LIMITS -> "Point beyond the limits " + span + ": "
                    + (signal.side() == Side.ABOVE ? "above the upper" : "below the lower") + " control limit";
            case TWO_OF_THREE_BEYOND_TWO_SIGMA -> "Close to the limit " + span + ": " + count + " beyond two sigma "
                    + side + " (two out of three in a row)";
            case TOO_FEW_RUNS -> "Too few runs " + span
                    + ": the points cross the median less often than chance allows, so the process has probably "
                    + "shifted; the chart shows which way";
            case TOO_FEW_CROSSINGS -> "Too few crossings of the median " + span
                    + ": fewer than chance allows, so the process has probably shifted; the chart shows which way";
            case TOO_MANY_RUNS -> "Too many runs " + span
                    + ": the points cross the median more often than chance allows; look for data that alternate, "
                    + "such as two sources taking turns";
            case FIFTEEN_WITHIN_ONE_SIGMA -> "Less variation than the limits expect " + span + ": " + count
                    + " within one sigma of the centre line; check that the limits fit the data (several sources "
                    + "mixed in one measure?) or whether the process has become more consistent";
        };
        if (!signal.directional()) {
            return sentence + ".";
        }
        return sentence + (signal.favourable() ? " — an improvement, in the desired direction."
                : " — a deterioration, against the desired direction.");
    }

    /**
     * A signal on a stratum's gap to the reference group (a series from {@link Gaps}, whose direction is the one
     * that closes the gap), e.g. "Spanish: gap to English narrowing — shift since May 2026, 6 months closer to the
     * reference group." Signals without a direction are told as on any chart, after the gap's name.
     */
    public static String describeGap(Signal signal, Series gap, String stratum, String reference, Locale locale) {
        String subject = stratum + ": gap to " + reference;
        String span = span(signal, gap, locale);
        String count = signal.points() == 1 ? "1 month" : signal.points() + " months";
        boolean closing = signal.favourable();
        String where = closing ? "closer to the reference group" : "further from the reference group";
        String what = !signal.directional() ? null : switch (signal.rule()) {
            case SHIFT, EIGHT_ON_ONE_SIDE, LONGEST_RUN -> "shift " + span + ", " + count + " " + where;
            case TREND, SIX_TRENDING -> "trend " + span + ", " + count + " moving "
                    + (closing ? "toward" : "away from") + " the reference group";
            case ASTRONOMICAL, BEYOND_LIMITS -> "a month beyond the gap's control limits " + span + ", " + where;
            case TWO_OF_THREE_BEYOND_TWO_SIGMA -> "close to the gap's control limit " + span + ", " + count
                    + " beyond two sigma, " + where;
            default -> null;
        };
        if (what == null) {
            String sentence = describe(signal, gap, locale);
            return subject + " — " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return subject + (closing ? " narrowing — " : " widening — ") + what + ".";
    }

    private static String span(Signal signal, Series series, Locale locale) {
        DateTimeFormatter months = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        YearMonth last = series.points().isEmpty() ? signal.to() : series.points().getLast().month();
        return signal.from().equals(signal.to()) ? "in " + months.format(signal.from())
                : signal.to().equals(last) ? "since " + months.format(signal.from())
                : "from " + months.format(signal.from()) + " to " + months.format(signal.to());
    }
}
