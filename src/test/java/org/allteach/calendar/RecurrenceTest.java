package org.allteach.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.allteach.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The dates a series' rule gives, from its first date. */
class RecurrenceTest {

    private static final LocalDate SECOND_TUESDAY_OF_MARCH = LocalDate.of(2027, 3, 9);

    @Test
    void monthlyOnTheSecondTuesdayStaysOnTheSecondTuesday() {
        assertThat(Recurrence.times(Frequency.MONTHLY_ON_WEEKDAY, 4).dates(SECOND_TUESDAY_OF_MARCH)).containsExactly(
                LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13), LocalDate.of(2027, 5, 11),
                LocalDate.of(2027, 6, 8));
        assertThat(Frequency.MONTHLY_ON_WEEKDAY.describe(SECOND_TUESDAY_OF_MARCH))
                .isEqualTo("Monthly on the 2nd Tuesday");
    }

    @Test
    void monthlyOnTheLastFridayFindsEachMonthsLastFriday() {
        LocalDate lastFridayOfJanuary = LocalDate.of(2027, 1, 29);
        assertThat(Frequency.MONTHLY_ON_LAST_WEEKDAY.fits(lastFridayOfJanuary)).isTrue();
        assertThat(Recurrence.until(Frequency.MONTHLY_ON_LAST_WEEKDAY, LocalDate.of(2027, 4, 30))
                .dates(lastFridayOfJanuary)).containsExactly(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26),
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30));
    }

    @Test
    void monthlyOnThe31stSkipsShorterMonths() {
        assertThat(Recurrence.times(Frequency.MONTHLY_ON_DATE, 3).dates(LocalDate.of(2027, 1, 31)))
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31));
    }

    @Test
    void everyTwoWeeksUntilADateIncludesThatDate() {
        assertThat(Recurrence.until(Frequency.EVERY_TWO_WEEKS, LocalDate.of(2027, 4, 6))
                .dates(SECOND_TUESDAY_OF_MARCH)).containsExactly(LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 3, 23), LocalDate.of(2027, 4, 6));
    }

    @Test
    void aFifthWeekdayIsRefusedInFavourOfTheLast() {
        LocalDate fifthTuesday = LocalDate.of(2027, 3, 30);
        assertThat(problems(Recurrence.times(Frequency.MONTHLY_ON_WEEKDAY, 3), fifthTuesday))
                .containsEntry("frequency", "Not every month has a 5th Tuesday: choose \u201cthe last Tuesday\u201d instead.");
        assertThat(problems(Recurrence.times(Frequency.MONTHLY_ON_LAST_WEEKDAY, 3), fifthTuesday)).isEmpty();
    }

    @Test
    void theEndMustComeAfterTheStartAndTheSeriesStayBounded() {
        assertThat(problems(Recurrence.until(Frequency.WEEKLY, SECOND_TUESDAY_OF_MARCH.minusDays(1)),
                SECOND_TUESDAY_OF_MARCH)).containsEntry("until", "The series must end on or after its first date.");
        assertThat(problems(Recurrence.until(Frequency.WEEKLY, SECOND_TUESDAY_OF_MARCH.plusYears(3)),
                SECOND_TUESDAY_OF_MARCH)).containsKey("until");
        assertThat(problems(Recurrence.times(Frequency.WEEKLY, 101), SECOND_TUESDAY_OF_MARCH)).containsKey("count");
        assertThat(problems(Recurrence.times(Frequency.WEEKLY, 0), SECOND_TUESDAY_OF_MARCH))
                .containsEntry("count", "Give at least 1 occurrence.");
        assertThat(problems(new Recurrence(Frequency.WEEKLY, null, null), SECOND_TUESDAY_OF_MARCH))
                .containsKey("until");
        assertThat(problems(Recurrence.times(Frequency.WEEKLY, 100), SECOND_TUESDAY_OF_MARCH)).isEmpty();
    }

    private static Map<String, String> problems(Recurrence recurrence, LocalDate anchor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        recurrence.problems(anchor, errors);
        try {
            errors.throwIfAny();
            return Map.of();
        } catch (InvalidInput invalid) {
            return invalid.fieldErrors();
        }
    }
}
