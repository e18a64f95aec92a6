package org.allteach.calendar.slots;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.allteach.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** What a coach is told when their availability settings do not make sense, by form field. */
class AvailabilityPolicyValidationTest {

    private static Coach coach() {
        return Coach.in("Europe/Berlin").weekdays("09:00", "12:00").weekdays("13:00", "17:00");
    }

    private static Map<String, String> errors(AvailabilityPolicy policy) {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, policy::validate);
        assertThat(invalid).as("validate() refuses the policy").isNotNull();
        return invalid.fieldErrors();
    }

    private static AvailabilityPolicy with(Coach coach, UnaryOperator<Values> change) {
        AvailabilityPolicy base = coach.policy();
        Values values = change.apply(new Values(base));
        return values.policy();
    }

    /** The policy's values, to change one in a test. */
    private static final class Values {
        AvailabilityPolicy base;
        Duration bufferBefore;
        Duration bufferAfter;
        Duration minimumNotice;
        int daysAhead;
        int maxCallsPerDay;
        List<Duration> callLengths;
        Duration startInterval;
        ZoneId zone;

        Values(AvailabilityPolicy base) {
            this.base = base;
            bufferBefore = base.bufferBefore();
            bufferAfter = base.bufferAfter();
            minimumNotice = base.minimumNotice();
            daysAhead = base.daysAhead();
            maxCallsPerDay = base.maxCallsPerDay();
            callLengths = base.callLengths();
            startInterval = base.startInterval();
            zone = base.zone();
        }

        AvailabilityPolicy policy() {
            return new AvailabilityPolicy(zone, base.weekly(), base.overrides(), bufferBefore, bufferAfter,
                    minimumNotice, daysAhead, maxCallsPerDay, callLengths, startInterval);
        }
    }

    @Test
    void aSensiblePolicyIsValid() {
        assertThatCode(() -> coach().override("2026-12-24").override("2026-12-19", "10:00", "12:00", "12:00", "14:00")
                .buffers(10, 15).notice(Duration.ofHours(24)).daysAhead(365).maxCallsPerDay(1).lengths(5, 30, 60)
                .startEvery(15).policy().validate()).doesNotThrowAnyException();
    }

    @Test
    void hoursUntilMidnightAndRulesThatTouchAreValid() {
        assertThatCode(() -> Coach.in("Europe/Berlin").weekly(MONDAY, "18:00", "00:00").weekly(MONDAY, "00:00", "09:00")
                .weekly(MONDAY, "09:00", "18:00").policy().validate()).doesNotThrowAnyException();
    }

    @Test
    void aPolicyWithoutAnyHoursIsValidAndSimplyHasNoSlots() {
        assertThatCode(() -> Coach.in("Europe/Berlin").policy().validate()).doesNotThrowAnyException();
    }

    @Test
    void aWeeklyRuleEndingBeforeItStartsNamesTheRule() {
        assertThat(errors(coach().weekly(TUESDAY, "12:00", "09:00").policy()))
                .containsEntry("weekly", "Tuesday 12:00–09:00: the end must be later than the start.");
    }

    @Test
    void aWeeklyRuleEndingWhenItStartsIsRefused() {
        assertThat(errors(Coach.in("Europe/Berlin").weekly(MONDAY, "09:00", "09:00").policy()))
                .containsEntry("weekly", "Monday 09:00–09:00: the end must be later than the start.");
    }

    @Test
    void overlappingWeeklyRulesOfOneDayNameBoth() {
        assertThat(errors(Coach.in("Europe/Berlin").weekly(MONDAY, "11:00", "13:00").weekly(MONDAY, "09:00", "12:00")
                .weekly(TUESDAY, "11:00", "13:00").policy()))
                .containsEntry("weekly", "Monday 09:00–12:00 overlaps Monday 11:00–13:00.");
    }

    @Test
    void aWeeklyRuleInsideAnotherOverlapsIt() {
        assertThat(errors(Coach.in("Europe/Berlin").weekly(MONDAY, "09:00", "17:00").weekly(MONDAY, "12:00", "13:00")
                .weekly(MONDAY, "16:00", "00:00").policy()))
                .containsEntry("weekly", "Monday 09:00–17:00 overlaps Monday 12:00–13:00.");
    }

    @Test
    void aWeeklyRuleWithoutATimeIsRefusedWithoutAStackTrace() {
        AvailabilityPolicy policy = new AvailabilityPolicy(ZoneId.of("Europe/Berlin"),
                List.of(new WeeklyRule(MONDAY, LocalTime.of(9, 0), null)), List.of(), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, 30, 3, List.of(Duration.ofMinutes(30)), Duration.ofMinutes(30));

        assertThat(errors(policy)).containsEntry("weekly", "Every weekly rule needs a day, a start time and an end time.");
    }

    @Test
    void overrideHoursEndingBeforeTheyStartNameTheDate() {
        assertThat(errors(coach().override("2026-12-24", "14:00", "10:00").policy()))
                .containsEntry("overrides", "Thu 24 Dec 2026 14:00–10:00: the end must be later than the start.");
    }

    @Test
    void overlappingOverrideHoursNameTheDateAndBothRanges() {
        assertThat(errors(coach().override("2026-12-24", "11:00", "13:00", "09:00", "12:00").policy()))
                .containsEntry("overrides", "Thu 24 Dec 2026 09:00–12:00 overlaps 11:00–13:00.");
    }

    @Test
    void twoOverridesForOneDateAreRefused() {
        assertThat(errors(coach().override("2026-12-24").override("2026-12-24", "10:00", "11:00").policy()))
                .containsEntry("overrides", "Thu 24 Dec 2026 has two overrides; keep one.");
    }

    @Test
    void anOverrideWithoutADateIsRefused() {
        AvailabilityPolicy policy = new AvailabilityPolicy(ZoneId.of("Europe/Berlin"), List.of(),
                List.of(new DateOverride(null, List.of())), Duration.ZERO, Duration.ZERO, Duration.ZERO, 30, 3,
                List.of(Duration.ofMinutes(30)), Duration.ofMinutes(30));

        assertThat(errors(policy)).containsEntry("overrides", "Every date override needs a date.");
        assertThat(DateOverride.dayOff(LocalDate.of(2026, 12, 24)).hours()).isEmpty();
    }

    @Test
    void negativeBuffersAndNoticeAreRefused() {
        assertThat(errors(coach().buffers(-5, -10).notice(Duration.ofHours(-1)).policy())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bufferBefore", "The buffer before a call cannot be negative; enter 0 for none.",
                "bufferAfter", "The buffer after a call cannot be negative; enter 0 for none.",
                "minimumNotice", "The minimum notice cannot be negative; enter 0 for none."));
    }

    @Test
    void buffersAndNoticeHaveAnUpperLimit() {
        assertThat(errors(coach().buffers(241, 240).notice(Duration.ofDays(31)).policy()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "bufferBefore", "The buffer before a call can be at most 4 hours.",
                        "minimumNotice", "The minimum notice can be at most 30 days."));
    }

    @Test
    void missingBuffersAreRefused() {
        assertThat(errors(with(coach(), values -> {
            values.bufferBefore = null;
            return values;
        }))).containsEntry("bufferBefore", "The buffer before a call is missing; enter 0 for none.");
    }

    @Test
    void daysAheadIsFromOneToAYear() {
        assertThat(errors(coach().daysAhead(0).policy())).containsEntry("daysAhead", "Allow booking from 1 to 365 days ahead.");
        assertThat(errors(coach().daysAhead(366).policy())).containsKey("daysAhead");
        assertThatCode(() -> coach().daysAhead(1).policy().validate()).doesNotThrowAnyException();
    }

    @Test
    void atLeastOneCallPerDay() {
        assertThat(errors(coach().maxCallsPerDay(0).policy())).containsEntry("maxCallsPerDay", "Allow at least 1 call per day.");
    }

    @Test
    void atLeastOneCallLength() {
        assertThat(errors(coach().lengths().policy())).containsEntry("callLengths", "Offer at least one call length.");
    }

    @Test
    void callLengthsArePositiveMultiplesOfFiveMinutes() {
        assertThat(errors(coach().lengths(30, 7).policy())).containsEntry("callLengths",
                "Call lengths must be a multiple of 5 minutes, e.g. 30 or 60 minutes; 7 minutes is not.");
        assertThat(errors(coach().lengths(0).policy())).containsKey("callLengths");
        assertThat(errors(coach().lengths(-30).policy())).containsKey("callLengths");
        assertThat(errors(with(coach(), values -> {
            values.callLengths = List.of(Duration.ofMinutes(30).plusSeconds(1));
            return values;
        }))).containsKey("callLengths");
    }

    @Test
    void aCallLengthOfferedTwiceIsRefused() {
        assertThat(errors(coach().lengths(30, 60, 30).policy())).containsEntry("callLengths", "30 minutes is offered twice; keep one.");
        assertThat(errors(coach().lengths(60, 60).policy())).containsEntry("callLengths", "1 hour is offered twice; keep one.");
    }

    @Test
    void theStartIntervalIsAPositiveMultipleOfFiveMinutes() {
        String message = "Let calls start every 5 minutes or a multiple of it, e.g. every 15 or 30 minutes.";
        assertThat(errors(coach().startEvery(0).policy())).containsEntry("startInterval", message);
        assertThat(errors(coach().startEvery(-15).policy())).containsEntry("startInterval", message);
        assertThat(errors(coach().startEvery(7).policy())).containsEntry("startInterval", message);
    }

    @Test
    void aMissingTimeZoneIsRefused() {
        assertThat(errors(with(coach(), values -> {
            values.zone = null;
            return values;
        }))).containsEntry("zone", "Choose your time zone.");
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        Map<String, String> errors = errors(coach().weekly(MONDAY, "10:00", "11:00").override("2026-12-24", "12:00", "10:00")
                .buffers(-1, -1).notice(Duration.ofMinutes(-1)).daysAhead(0).maxCallsPerDay(0).lengths().startEvery(0)
                .policy());

        assertThat(errors).containsOnlyKeys("weekly", "overrides", "bufferBefore", "bufferAfter", "minimumNotice",
                "daysAhead", "maxCallsPerDay", "callLengths", "startInterval");
    }

    @Test
    void findingSlotsWithAnInvalidPolicyIsRefusedTheSameWay() {
        AvailabilityPolicy policy = coach().startEvery(0).policy();
        Instant now = Instant.parse("2026-06-01T00:00:00Z");

        assertThat(catchThrowableOfType(InvalidInput.class, () -> SlotFinder.freeSlots(policy, Duration.ofMinutes(30),
                now, now, now.plus(Duration.ofDays(7)), List.of())).fieldErrors()).containsKey("startInterval");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> SlotFinder.check(policy, Duration.ofMinutes(30),
                now, now, List.of())).fieldErrors()).containsKey("startInterval");
    }

    @Test
    void listsAreCopiedSoTheCallerCannotChangeAPolicyLater() {
        List<Duration> lengths = new ArrayList<>(Arrays.asList(Duration.ofMinutes(30)));
        AvailabilityPolicy policy = new AvailabilityPolicy(ZoneId.of("Europe/Berlin"), null, null,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, 30, 3, lengths, Duration.ofMinutes(30));
        lengths.add(Duration.ofMinutes(7));

        assertThat(policy.callLengths()).containsExactly(Duration.ofMinutes(30));
        assertThat(policy.weekly()).isEmpty();
        assertThat(policy.overrides()).isEmpty();
    }
}
