package org.allteach.calendar.slots;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Free slots of one coach in Chicago; 1 June 2026 is a Monday, with no clock change near it. */
class SlotFinderTest {

    private static final String MONDAY_1_JUNE = "2026-06-01";

    @Test
    void slotsStartAtTheStartOfAWindowAndThenEveryStartInterval() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "11:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30))).containsExactly("09:00", "09:30", "10:00", "10:30");
        assertThat(coach.slotsOn(MONDAY_1_JUNE, 60)).containsExactly(
                new Slot(coach.at("2026-06-01T09:00"), coach.at("2026-06-01T10:00")),
                new Slot(coach.at("2026-06-01T09:30"), coach.at("2026-06-01T10:30")),
                new Slot(coach.at("2026-06-01T10:00"), coach.at("2026-06-01T11:00")));
    }

    @Test
    void aSlotFitsEntirelyInsideItsWindow() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "10:45");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 60))).containsExactly("09:00", "09:30");
    }

    @Test
    void aWindowOffTheHalfHourStartsItsSlotsAtItsOwnStart() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:10", "10:40");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30))).containsExactly("09:10", "09:40", "10:10");
    }

    @Test
    void windowsOfOneDayThatTouchAreOneWindowSoACallMayRunAcrossTheirBorder() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "12:00", "13:00").weekly(MONDAY, "09:00", "12:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 60)))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00");
    }

    @Test
    void separateWindowsOfOneDayEachStartTheirOwnSlots() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "14:15", "15:15").weekly(MONDAY, "09:00", "10:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30))).containsExactly("09:00", "09:30", "14:15", "14:45");
    }

    @Test
    void aWindowEndingAt0000RunsUntilMidnight() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "22:00", "00:00");

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 60)).last()
                .isEqualTo(new Slot(coach.at("2026-06-01T23:00"), coach.at("2026-06-02T00:00")));
    }

    @Test
    void onlyOfferedCallLengthsHaveSlots() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "11:00").lengths(30, 60);

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 45)).isEmpty();
        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30)).hasSize(4);
    }

    @Test
    void aDayWithoutRulesHasNoSlots() {
        Coach coach = Coach.in("America/Chicago").weekly(TUESDAY, "09:00", "11:00");

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30)).isEmpty();
    }

    @Test
    void anotherCoachingCallBlocksTheSlotsItOverlapsButNotTheOnesTouchingIt() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "12:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 60, coach.call("2026-06-01T10:00", 30))))
                .containsExactly("09:00", "10:30", "11:00");
    }

    @Test
    void anEventBlocksTheSlotsItOverlaps() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "12:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30, coach.event("2026-06-01T09:45", 60))))
                .containsExactly("09:00", "11:00", "11:30");
    }

    @Test
    void busyTimeOutsideTheWindowsChangesNothing() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "10:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30, coach.event("2026-06-01T07:00", 120),
                coach.call("2026-06-01T10:00", 60)))).containsExactly("09:00", "09:30");
    }

    @Test
    void buffersOfTheNewCallAndOfTheBookedCallBothStayFree() {
        // 10 minutes to prepare before each call, 15 to write notes after: 25 minutes between two calls
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "08:00", "13:00").buffers(10, 15).startEvery(5);

        List<String> starts = coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30, coach.call("2026-06-01T10:00", 60)));

        assertThat(starts).contains("09:05", "11:25").doesNotContain("09:10", "11:20")
                .containsSequence("09:00", "09:05", "11:25", "11:30");
    }

    @Test
    void anEventKeepsOnlyTheNewCallsBuffersFree() {
        // the coach prepares 10 minutes and writes notes 15 minutes, neither while hosting a learning session
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "08:00", "13:00").buffers(10, 15).startEvery(5);

        List<String> starts = coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30, coach.event("2026-06-01T10:00", 60)));

        assertThat(starts).containsSequence("09:10", "09:15", "11:10", "11:15").doesNotContain("09:20", "11:05");
    }

    @Test
    void buffersMayReachOutsideTheWindows() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "10:00").buffers(30, 30);

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 60))).containsExactly("09:00");
    }

    @Test
    void noSlotStartsInsideTheMinimumNotice() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "12:00").notice(Duration.ofMinutes(130));
        Instant now = coach.at("2026-06-01T08:00");

        List<Slot> slots = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(30), now, now,
                coach.at("2026-06-02T00:00"), List.of());

        // now + notice is 10:10; slots keep to the half hours of the window, so the first is 10:30
        assertThat(coach.startTimes(slots)).containsExactly("10:30", "11:00", "11:30");
    }

    @Test
    void noSlotStartsInThePastEvenWithoutNotice() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "12:00");

        List<Slot> slots = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(30), coach.at("2026-06-01T11:00"),
                coach.at("2026-06-01T00:00"), coach.at("2026-06-02T00:00"), List.of());

        assertThat(coach.startTimes(slots)).containsExactly("11:00", "11:30");
    }

    @Test
    void daysAheadEndsWithTheCoachsDayTodayPlusDaysAhead() {
        Coach coach = Coach.in("America/Chicago").everyDay("09:00", "10:00").daysAhead(2);
        // Monday 22:00 in Chicago is already Tuesday in UTC; the coach's today is still Monday
        Instant now = coach.at("2026-06-01T22:00");

        List<Slot> slots = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(60), now, now,
                coach.at("2026-06-10T00:00"), List.of());

        assertThat(slots).extracting(Slot::start)
                .containsExactly(coach.at("2026-06-02T09:00"), coach.at("2026-06-03T09:00"));
        assertThat(coach.policy().bookableUntil(now)).isEqualTo(coach.at("2026-06-04T00:00"));
    }

    @Test
    void slotsAreThoseStartingFromFromUntilToEvenIfTheyEndAfterTo() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "12:00");

        List<Slot> slots = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(60), coach.at("2026-01-01T00:00"),
                coach.at("2026-06-01T09:30"), coach.at("2026-06-01T10:30"), List.of());

        assertThat(coach.startTimes(slots)).containsExactly("09:30", "10:00");
    }

    @Test
    void aFullDayHasNoSlotsButTheNextDayHas() {
        Coach coach = Coach.in("America/Chicago").everyDay("09:00", "17:00").maxCallsPerDay(2);
        Busy[] twoCallsOnMonday = {coach.call("2026-06-01T09:00", 30), coach.call("2026-06-01T15:00", 30)};

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30, twoCallsOnMonday)).isEmpty();
        assertThat(coach.slotsOn("2026-06-02", 30, twoCallsOnMonday)).hasSize(16);
        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30, twoCallsOnMonday[0])).hasSize(15);
    }

    @Test
    void callsPerDayCountOnTheCoachsCalendarDayNotTheUtcDay() {
        Coach coach = Coach.in("America/Chicago").everyDay("09:00", "17:00").maxCallsPerDay(1);
        // Monday 20:00 in Chicago is Tuesday 01:00 UTC
        Busy lateMondayCall = coach.call("2026-06-01T20:00", 30);

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30, lateMondayCall)).isEmpty();
        assertThat(coach.slotsOn("2026-06-02", 30, lateMondayCall)).hasSize(16);
    }

    @Test
    void eventsDoNotCountTowardTheCallsPerDay() {
        Coach coach = Coach.in("America/Chicago").everyDay("09:00", "17:00").maxCallsPerDay(1);

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30, coach.event("2026-06-01T09:00", 60))).hasSize(14);
    }

    @Test
    void aDayOffOverrideRemovesTheWeeklyHours() {
        Coach coach = Coach.in("America/Chicago").weekdays("09:00", "17:00").override(MONDAY_1_JUNE);

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30)).isEmpty();
        assertThat(coach.slotsOn("2026-06-02", 30)).hasSize(16);
    }

    @Test
    void aVacationOfSeveralDaysOverridesEachOfThem() {
        Coach coach = Coach.in("America/Chicago").weekdays("09:00", "17:00");
        for (int day = 1; day <= 5; day++) {
            coach.override("2026-06-0" + day);
        }
        Instant now = coach.at("2026-05-30T00:00");

        List<Slot> slots = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(60), now, now,
                coach.at("2026-06-09T00:00"), List.of());

        assertThat(slots.getFirst().start()).isEqualTo(coach.at("2026-06-08T09:00"));
    }

    @Test
    void anOverrideReplacesTheWeeklyHoursOfItsDate() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "17:00")
                .override(MONDAY_1_JUNE, "13:00", "14:00", "07:00", "08:00");

        assertThat(coach.startTimes(coach.slotsOn(MONDAY_1_JUNE, 30))).containsExactly("07:00", "07:30", "13:00", "13:30");
        assertThat(coach.slotsOn("2026-06-08", 30)).hasSize(16);
    }

    @Test
    void anOverrideAddsHoursOnADayWithoutWeeklyRules() {
        Coach coach = Coach.in("America/Chicago").weekdays("09:00", "17:00").override("2026-06-06", "10:00", "11:00");

        assertThat(coach.startTimes(coach.slotsOn("2026-06-06", 30))).containsExactly("10:00", "10:30");
        assertThat(coach.slotsOn("2026-06-07", 30)).isEmpty();
    }

    @Test
    void aParticipantInAnotherZoneGetsTheSameInstantsForTheirOwnDay() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "09:00", "10:00").weekly(TUESDAY, "20:00", "21:00");
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant now = coach.at("2026-05-01T00:00");

        // the participant's Monday 1 June (Kolkata, UTC+5:30) runs from Sunday 13:30 to Monday 13:30 in Chicago, so it
        // holds the coach's Monday morning; the coach's Tuesday evening is the participant's Wednesday morning
        List<Slot> participantsMonday = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(30), now,
                Coach.at("2026-06-01T00:00", kolkata), Coach.at("2026-06-02T00:00", kolkata), List.of());
        List<Slot> participantsWednesday = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(30), now,
                Coach.at("2026-06-03T00:00", kolkata), Coach.at("2026-06-04T00:00", kolkata), List.of());

        assertThat(participantsMonday).isEqualTo(coach.slotsOn(MONDAY_1_JUNE, 30));
        assertThat(Coach.startTimes(participantsMonday, kolkata)).containsExactly("19:30", "20:00");
        assertThat(participantsWednesday).isEqualTo(coach.slotsOn("2026-06-02", 30));
        assertThat(Coach.startTimes(participantsWednesday, kolkata)).containsExactly("06:30", "07:00");
    }

    @Test
    void busyTimesMayComeInAnyOrder() {
        Coach coach = Coach.in("America/Chicago").weekly(MONDAY, "08:00", "18:00").buffers(5, 5).startEvery(15);
        List<Busy> busy = new ArrayList<>();
        Random random = new Random(6);
        for (int i = 0; i < 30; i++) {
            String start = "2026-06-01T%02d:%02d".formatted(6 + random.nextInt(12), random.nextInt(12) * 5);
            busy.add(random.nextBoolean() ? coach.call(start, 5 + random.nextInt(12) * 5)
                    : coach.event(start, 5 + random.nextInt(12) * 5));
        }
        List<Slot> sorted = coach.slotsOn(MONDAY_1_JUNE, 30, busy.stream()
                .sorted(Comparator.comparing(Busy::start)).toArray(Busy[]::new));
        Collections.shuffle(busy, random);

        assertThat(coach.slotsOn(MONDAY_1_JUNE, 30, busy.toArray(Busy[]::new))).isEqualTo(sorted);
    }

    @Test
    void slotsOfSeveralDaysComeSortedByStart() {
        Coach coach = Coach.in("America/Chicago").everyDay("14:00", "15:00").everyDay("08:00", "09:00");
        Instant now = coach.at("2026-05-31T00:00");

        List<Slot> slots = SlotFinder.freeSlots(coach.policy(), Duration.ofMinutes(30), now, now,
                coach.at("2026-06-28T00:00"), List.of());

        assertThat(slots).hasSize(4 * 28).isSortedAccordingTo(Comparator.comparing(Slot::start));
    }
}
