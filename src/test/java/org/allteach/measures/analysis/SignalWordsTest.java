package org.allteach.measures.analysis;

import static org.allteach.measures.analysis.Data.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The sentences beside the chart. */
class SignalWordsTest {

    private static final Series UP = Data.means(Direction.UP, Data.repeat(1, 24));
    private static final Series DOWN = Data.means(Direction.DOWN, Data.repeat(1, 24));

    private static String words(SignalRule rule, YearMonth from, YearMonth to, int points, Side side, Series series) {
        return SignalWords.describe(Signal.of(rule, from, to, points, side, series.direction()), series, Locale.ENGLISH);
    }

    @Test
    void aShiftUpToTheLatestMonthIsSaidToRunSinceItsStart() {
        // The issue's own example: 7 months above the median from March 2026 to the series' last month, September.
        Series series = Data.means(Direction.UP, new double[33]);
        assertThat(words(SignalRule.SHIFT, YearMonth.of(2026, 3), series.points().getLast().month(), 7, Side.ABOVE, series))
                .isEqualTo("Shift since March 2026: 7 months above the baseline median — an improvement, in the "
                        + "desired direction.");
    }

    @Test
    void anEarlierShiftHasBothEndsAndAnUnfavourableOneSaysSo() {
        assertThat(words(SignalRule.EIGHT_ON_ONE_SIDE, month(3), month(10), 8, Side.ABOVE, DOWN)).isEqualTo(
                "Shift from April 2024 to November 2024: 8 months above the centre line — a deterioration, against the "
                        + "desired direction.");
    }

    @Test
    void trendsPointsAndAstronomicalPoints() {
        assertThat(words(SignalRule.TREND, month(2), month(6), 5, Side.DOWN, DOWN)).isEqualTo(
                "Trend from March 2024 to July 2024: 5 months falling — an improvement, in the desired direction.");
        assertThat(words(SignalRule.BEYOND_LIMITS, month(5), month(5), 1, Side.BELOW, UP)).isEqualTo(
                "Point beyond the limits in June 2024: below the lower control limit — a deterioration, against the "
                        + "desired direction.");
        assertThat(words(SignalRule.ASTRONOMICAL, month(5), month(5), 1, Side.ABOVE, UP)).isEqualTo(
                "Astronomical point in June 2024 (marked by the team), above the baseline median — an improvement, in "
                        + "the desired direction.");
        assertThat(words(SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, month(21), month(23), 2, Side.ABOVE, UP)).isEqualTo(
                "Close to the limit since October 2025: 2 months beyond two sigma above the centre line (two out of "
                        + "three in a row) — an improvement, in the desired direction.");
    }

    @Test
    void runsAndHuggingHaveNoDirection() {
        assertThat(words(SignalRule.TOO_FEW_RUNS, month(0), month(23), 24, Side.NEITHER, UP)).isEqualTo(
                "Too few runs since January 2024: the points cross the median less often than chance allows, so the "
                        + "process has probably shifted; the chart shows which way.");
        assertThat(words(SignalRule.TOO_MANY_RUNS, month(0), month(20), 21, Side.NEITHER, UP)).startsWith(
                "Too many runs from January 2024 to September 2025: the points cross the median more often");
        assertThat(words(SignalRule.TOO_FEW_CROSSINGS, month(0), month(23), 24, Side.NEITHER, UP))
                .startsWith("Too few crossings of the median since January 2024");
        assertThat(words(SignalRule.FIFTEEN_WITHIN_ONE_SIGMA, month(4), month(23), 20, Side.NEITHER, UP))
                .startsWith("Less variation than the limits expect since May 2024: 20 months within one sigma");
    }

    @Test
    void monthNamesFollowTheLocale() {
        assertThat(SignalWords.describe(Signal.of(SignalRule.SHIFT, month(2), month(8), 7, Side.ABOVE, Direction.UP),
                UP, Locale.GERMAN)).startsWith("Shift from März 2024 to September 2024");
    }

    @Test
    void aGapSaysWhetherItNarrowsOrWidensAndByHowManyMonths() {
        // A gap series' direction is the one that closes it: here the stratum is below the reference, so up closes.
        Series gap = Data.means(Direction.UP, Data.repeat(1, 24));
        YearMonth last = gap.points().getLast().month();
        assertThat(SignalWords.describeGap(Signal.of(SignalRule.SHIFT, month(18), last, 6, Side.ABOVE,
                gap.direction()), gap, "Spanish", "English", Locale.ENGLISH)).isEqualTo("Spanish: gap to English "
                + "narrowing — shift since July 2025, 6 months closer to the reference group.");
        assertThat(SignalWords.describeGap(Signal.of(SignalRule.TREND, month(2), month(6), 5, Side.DOWN,
                gap.direction()), gap, "Spanish", "English", Locale.ENGLISH)).isEqualTo("Spanish: gap to English "
                + "widening — trend from March 2024 to July 2024, 5 months moving away from the reference group.");
        assertThat(SignalWords.describeGap(Signal.of(SignalRule.TOO_FEW_RUNS, month(0), last, 24, Side.NEITHER,
                gap.direction()), gap, "Spanish", "English", Locale.ENGLISH))
                .startsWith("Spanish: gap to English — too few runs since January 2024");
    }
}
