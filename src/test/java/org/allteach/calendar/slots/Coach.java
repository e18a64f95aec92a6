package org.allteach.calendar.slots;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A coach's availability as the tests write it: local times as text in the coach's zone. Defaults: no buffers, no
 * notice, a year ahead, 10 calls a day, 30 and 60 minute calls starting every 30 minutes.
 */
final class Coach {

    final ZoneId zone;
    private final List<WeeklyRule> weekly = new ArrayList<>();
    private final List<DateOverride> overrides = new ArrayList<>();
    private Duration bufferBefore = Duration.ZERO;
    private Duration bufferAfter = Duration.ZERO;
    private Duration minimumNotice = Duration.ZERO;
    private int daysAhead = 365;
    private int maxCallsPerDay = 10;
    private List<Duration> callLengths = List.of(Duration.ofMinutes(30), Duration.ofMinutes(60));
    private Duration startInterval = Duration.ofMinutes(30);

    private Coach(ZoneId zone) {
        this.zone = zone;
    }

    static Coach in(String zone) {
        return new Coach(ZoneId.of(zone));
    }

    Coach weekly(DayOfWeek day, String start, String end) {
        weekly.add(new WeeklyRule(day, LocalTime.parse(start), LocalTime.parse(end)));
        return this;
    }

    Coach everyDay(String start, String end) {
        Arrays.stream(DayOfWeek.values()).forEach(day -> weekly(day, start, end));
        return this;
    }

    Coach weekdays(String start, String end) {
        Arrays.stream(DayOfWeek.values()).filter(day -> day.getValue() <= 5).forEach(day -> weekly(day, start, end));
        return this;
    }

    /** Hours as start/end pairs: {@code override("2026-06-06", "10:00", "12:00")}; none: a day off. */
    Coach override(String date, String... startsAndEnds) {
        List<TimeRange> hours = new ArrayList<>();
        for (int i = 0; i < startsAndEnds.length; i += 2) {
            hours.add(new TimeRange(LocalTime.parse(startsAndEnds[i]), LocalTime.parse(startsAndEnds[i + 1])));
        }
        overrides.add(new DateOverride(LocalDate.parse(date), hours));
        return this;
    }

    Coach buffers(int beforeMinutes, int afterMinutes) {
        bufferBefore = Duration.ofMinutes(beforeMinutes);
        bufferAfter = Duration.ofMinutes(afterMinutes);
        return this;
    }

    Coach notice(Duration notice) {
        minimumNotice = notice;
        return this;
    }

    Coach daysAhead(int days) {
        daysAhead = days;
        return this;
    }

    Coach maxCallsPerDay(int calls) {
        maxCallsPerDay = calls;
        return this;
    }

    Coach lengths(int... minutes) {
        callLengths = Arrays.stream(minutes).mapToObj(Duration::ofMinutes).toList();
        return this;
    }

    Coach startEvery(int minutes) {
        startInterval = Duration.ofMinutes(minutes);
        return this;
    }

    AvailabilityPolicy policy() {
        return new AvailabilityPolicy(zone, weekly, overrides, bufferBefore, bufferAfter, minimumNotice, daysAhead,
                maxCallsPerDay, callLengths, startInterval);
    }

    /** A local date and time of the coach, e.g. {@code at("2026-06-01T09:00")}. */
    Instant at(String localDateTime) {
        return at(localDateTime, zone);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** A coaching call of the coach at local times, e.g. {@code call("2026-06-01T10:00", 60)}. */
    Busy call(String localStart, int minutes) {
        Instant start = at(localStart);
        return Busy.coachingCall(start, start.plus(Duration.ofMinutes(minutes)));
    }

    Busy event(String localStart, int minutes) {
        Instant start = at(localStart);
        return Busy.event(start, start.plus(Duration.ofMinutes(minutes)));
    }

    /** The free slots starting on one of the coach's days, asked a long time before (nothing is too soon). */
    List<Slot> slotsOn(String date, int minutes, Busy... busy) {
        LocalDate day = LocalDate.parse(date);
        return SlotFinder.freeSlots(policy(), Duration.ofMinutes(minutes), at("2026-01-01T00:00"),
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), List.of(busy));
    }

    /** Local start times ("09:30") as someone in {@code zone} reads them. */
    static List<String> startTimes(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(slot -> DateTimeFormatter.ofPattern("HH:mm").format(slot.start().atZone(zone))).toList();
    }

    List<String> startTimes(List<Slot> slots) {
        return startTimes(slots, zone);
    }
}
