package org.allteach.calendar.slots;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated policy's hours turned into instants, one coach-local date at a time. Ranges of one date that touch
 * (09:00–12:00 and 12:00–13:00) are one window, so a call may run across 12:00.
 * <p>
 * Local times map to instants so that no instant is available twice and no range gains time: a local time that
 * happens twice (the fall-back hour) means its first occurrence, and a local time that does not exist (the
 * spring-forward gap) means the moment the clocks jump. So 01:00–04:00 is 2 real hours on the US spring-forward day
 * and 4 on the fall-back day, and 02:00–02:30 on the spring-forward day is no time at all.
 */
final class CoachDays {

    /** Available from {@code start} (inclusive) to {@code end} (exclusive). */
    record Window(Instant start, Instant end) {
    }

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<TimeRange>> overrides = new HashMap<>();

    CoachDays(AvailabilityPolicy policy) {
        this.zone = policy.zone();
        this.rules = zone.getRules();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, joined(policy.weekly().stream().filter(rule -> rule.day() == day)
                    .map(WeeklyRule::hours).toList()));
        }
        policy.overrides().forEach(override -> overrides.put(override.date(), joined(override.hours())));
    }

    /** The windows of one coach-local date, in order; each starts on that date. */
    List<Window> windows(LocalDate date) {
        List<TimeRange> hours = overrides.get(date);
        if (hours == null) {
            hours = weekly.get(date.getDayOfWeek());
        }
        List<Window> windows = new ArrayList<>(hours.size());
        for (TimeRange range : hours) {
            Instant start = instant(date, range.start());
            Instant end = range.endsAtMidnight() ? instant(date.plusDays(1), LocalTime.MIDNIGHT) : instant(date, range.end());
            if (start.isBefore(end)) {
                windows.add(new Window(start, end));
            }
        }
        return windows;
    }

    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private Instant instant(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        return local.toInstant(offsets.getFirst());
    }

    /** Sorted by start, touching ranges joined (validation has ruled out overlapping ones). */
    private static List<TimeRange> joined(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> joined = new ArrayList<>(sorted.size());
        for (TimeRange range : sorted) {
            TimeRange last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && range.startNanoOfDay() <= last.endNanoOfDay()) {
                joined.set(joined.size() - 1, new TimeRange(last.start(),
                        range.endNanoOfDay() > last.endNanoOfDay() ? range.end() : last.end()));
            } else {
                joined.add(range);
            }
        }
        return List.copyOf(joined);
    }
}
