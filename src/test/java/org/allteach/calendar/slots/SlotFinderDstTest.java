package org.allteach.calendar.slots;

import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Clock changes. In America/New_York clocks jump from 02:00 to 03:00 on Sunday 8 March 2026 (spring forward) and
 * go back from 02:00 to 01:00 on Sunday 1 November 2026 (fall back), so 01:00–02:00 happens twice. Europe changes on
 * 29 March and 25 October, so for three weeks in March and one in October-November New York is an hour closer.
 */
class SlotFinderDstTest {

    private static final String SPRING_FORWARD = "2026-03-08";
    private static final String FALL_BACK = "2026-11-01";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Coach newYork = Coach.in("America/New_York");

    @Test
    void nineToTwelveIsThreeHoursOnBothClockChangeDays() {
        newYork.weekly(SUNDAY, "09:00", "12:00").startEvery(60);

        assertThat(newYork.slotsOn(SPRING_FORWARD, 60)).extracting(Slot::start).containsExactly(
                Instant.parse("2026-03-08T13:00:00Z"), Instant.parse("2026-03-08T14:00:00Z"),
                Instant.parse("2026-03-08T15:00:00Z"));
        assertThat(newYork.slotsOn(FALL_BACK, 60)).extracting(Slot::start).containsExactly(
                Instant.parse("2026-11-01T14:00:00Z"), Instant.parse("2026-11-01T15:00:00Z"),
                Instant.parse("2026-11-01T16:00:00Z"));
        assertThat(newYork.startTimes(newYork.slotsOn(SPRING_FORWARD, 60))).containsExactly("09:00", "10:00", "11:00");
        assertThat(newYork.startTimes(newYork.slotsOn(FALL_BACK, 60))).containsExactly("09:00", "10:00", "11:00");
    }

    @Test
    void oneToFourOnSpringForwardIsTwoRealHoursWithoutStartsThatDoNotExist() {
        newYork.weekly(SUNDAY, "01:00", "04:00");

        List<Slot> slots = newYork.slotsOn(SPRING_FORWARD, 30);

        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T06:30:00Z"),
                Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(localStartsWithOffset(slots, newYork.zone))
                .containsExactly("01:00-05:00", "01:30-05:00", "03:00-04:00", "03:30-04:00");
        assertThat(Duration.between(slots.getFirst().start(), slots.getLast().end())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aCallMayRunAcrossTheSpringForwardJump() {
        newYork.weekly(SUNDAY, "01:00", "04:00");

        assertThat(localStartsWithOffset(newYork.slotsOn(SPRING_FORWARD, 60), newYork.zone))
                .containsExactly("01:00-05:00", "01:30-05:00", "03:00-04:00");
    }

    @Test
    void oneToFourOnFallBackIsFourRealHoursWithEachStartOnce() {
        newYork.weekly(SUNDAY, "01:00", "04:00");

        List<Slot> slots = newYork.slotsOn(FALL_BACK, 30);

        assertThat(slots).hasSize(8).doesNotHaveDuplicates();
        assertThat(localStartsWithOffset(slots, newYork.zone)).containsExactly("01:00-04:00", "01:30-04:00",
                "01:00-05:00", "01:30-05:00", "02:00-05:00", "02:30-05:00", "03:00-05:00", "03:30-05:00");
        assertThat(Duration.between(slots.getFirst().start(), slots.getLast().end())).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void hoursInsideTheSpringForwardGapAreNoTime() {
        newYork.weekly(SUNDAY, "02:00", "02:30").weekly(SUNDAY, "03:00", "04:00");

        assertThat(localStartsWithOffset(newYork.slotsOn(SPRING_FORWARD, 30), newYork.zone))
                .containsExactly("03:00-04:00", "03:30-04:00");
    }

    @Test
    void hoursStartingInTheSpringForwardGapStartWhenTheClocksJump() {
        newYork.weekly(SUNDAY, "02:30", "04:00");

        assertThat(localStartsWithOffset(newYork.slotsOn(SPRING_FORWARD, 30), newYork.zone))
                .containsExactly("03:00-04:00", "03:30-04:00");
    }

    @Test
    void hoursEndingInTheRepeatedHourEndAtItsFirstOccurrence() {
        newYork.weekly(SUNDAY, "00:00", "01:30").weekly(SUNDAY, "01:30", "02:30").startEvery(30);

        // the two rules touch, so they are one window of 3.5 real hours from 00:00 to 02:30 (01:30 EDT is their border)
        List<Slot> slots = newYork.slotsOn(FALL_BACK, 30);

        assertThat(slots).hasSize(7).doesNotHaveDuplicates();
        assertThat(localStartsWithOffset(slots, newYork.zone)).containsExactly("00:00-04:00", "00:30-04:00",
                "01:00-04:00", "01:30-04:00", "01:00-05:00", "01:30-05:00", "02:00-05:00");
    }

    @Test
    void participantsInLondonAndKolkataSeeTheSameInstantsAsTheCoach() {
        newYork.weekly(SUNDAY, "01:00", "04:00");
        for (String day : List.of(SPRING_FORWARD, FALL_BACK)) {
            List<Slot> coachsDay = newYork.slotsOn(day, 30);
            Instant from = LocalDate.parse(day).minusDays(1).atStartOfDay(KOLKATA).toInstant();
            Instant to = LocalDate.parse(day).plusDays(2).atStartOfDay(LONDON).toInstant();

            List<Slot> participants = SlotFinder.freeSlots(newYork.policy(), Duration.ofMinutes(30),
                    newYork.at("2026-01-01T00:00"), from, to, List.of());

            assertThat(participants).isEqualTo(coachsDay);
        }
        assertThat(Coach.startTimes(newYork.slotsOn(SPRING_FORWARD, 30), LONDON))
                .containsExactly("06:00", "06:30", "07:00", "07:30");
        assertThat(Coach.startTimes(newYork.slotsOn(SPRING_FORWARD, 30), KOLKATA))
                .containsExactly("11:30", "12:00", "12:30", "13:00");
        assertThat(Coach.startTimes(newYork.slotsOn(FALL_BACK, 30), LONDON))
                .containsExactly("05:00", "05:30", "06:00", "06:30", "07:00", "07:30", "08:00", "08:30");
    }

    @Test
    void aBerlinParticipantSeesANewYorkMorningAnHourEarlierWhileOnlyTheUsHasChangedClocks() {
        newYork.weekdays("09:00", "10:00").startEvery(60);

        // before the US change, between the US and the EU change, after both
        assertThat(berlinStartTimes("2026-03-06", 60)).containsExactly("15:00");
        assertThat(berlinStartTimes("2026-03-09", 60)).containsExactly("14:00");
        assertThat(berlinStartTimes("2026-03-27", 60)).containsExactly("14:00");
        assertThat(berlinStartTimes("2026-03-30", 60)).containsExactly("15:00");
        // autumn: the EU goes back on 25 October, the US on 1 November
        assertThat(berlinStartTimes("2026-10-23", 60)).containsExactly("15:00");
        assertThat(berlinStartTimes("2026-10-26", 60)).containsExactly("14:00");
        assertThat(berlinStartTimes("2026-11-02", 60)).containsExactly("15:00");
    }

    @Test
    void aBerlinParticipantsWeekAcrossTheUsChangeHasEveryWeekdayOnce() {
        newYork.weekdays("09:00", "17:00").startEvery(60);
        Instant from = Coach.at("2026-03-02T00:00", BERLIN);
        Instant to = Coach.at("2026-03-16T00:00", BERLIN);

        List<Slot> slots = SlotFinder.freeSlots(newYork.policy(), Duration.ofMinutes(60), newYork.at("2026-01-01T00:00"),
                from, to, List.of());

        assertThat(slots).hasSize(10 * 8).doesNotHaveDuplicates();
        assertThat(slots.stream().map(slot -> slot.start().atZone(BERLIN).toLocalTime().toString()).distinct())
                .containsExactlyInAnyOrder("15:00", "16:00", "17:00", "18:00", "19:00", "20:00", "21:00", "22:00",
                        "14:00");
    }

    @Test
    void minimumNoticeIsRealTimeAcrossTheJump() {
        newYork.weekly(SUNDAY, "01:00", "04:00").notice(Duration.ofHours(2));
        Instant now = newYork.at("2026-03-08T00:30");

        List<Slot> slots = SlotFinder.freeSlots(newYork.policy(), Duration.ofMinutes(30), now, now,
                newYork.at("2026-03-09T00:00"), List.of());

        // two real hours after 00:30 EST is 02:30 EST, which the clocks show as 03:30 EDT
        assertThat(localStartsWithOffset(slots, newYork.zone)).containsExactly("03:30-04:00");
    }

    @Test
    void daysAheadCountsCoachDaysAcrossTheFallBackDay() {
        newYork.everyDay("23:00", "00:00").daysAhead(1).startEvery(60);
        Instant now = newYork.at("2026-10-31T12:00");

        List<Slot> slots = SlotFinder.freeSlots(newYork.policy(), Duration.ofMinutes(60), now, now,
                newYork.at("2026-11-05T00:00"), List.of());

        assertThat(slots).extracting(Slot::start)
                .containsExactly(newYork.at("2026-10-31T23:00"), newYork.at("2026-11-01T23:00"));
    }

    @Test
    void theLongFallBackDayStillCountsAsOneDayForCallsPerDay() {
        newYork.everyDay("00:00", "00:00").maxCallsPerDay(1);
        // 00:30 EDT and 23:30 EST are 24 hours apart and on the same local day
        Busy earlyCall = newYork.call("2026-11-01T00:30", 30);

        assertThat(newYork.slotsOn(FALL_BACK, 30, earlyCall)).isEmpty();
        assertThat(newYork.slotsOn("2026-11-02", 30, earlyCall)).hasSize(48);
        assertThat(newYork.slotsOn(FALL_BACK, 30)).hasSize(50);
        assertThat(newYork.slotsOn(SPRING_FORWARD, 30)).hasSize(46);
    }

    private List<String> berlinStartTimes(String coachDay, int minutes) {
        return Coach.startTimes(newYork.slotsOn(coachDay, minutes), BERLIN);
    }

    /** "01:30-05:00": the local time and offset, which tells the two 01:30s of the fall-back day apart. */
    private static List<String> localStartsWithOffset(List<Slot> slots, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mmxxx");
        return slots.stream().map(slot -> format.format(slot.start().atZone(zone))).toList();
    }
}
