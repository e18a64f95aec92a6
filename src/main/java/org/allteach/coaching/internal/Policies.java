package org.allteach.coaching.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.DateOverride;
import org.allteach.calendar.slots.TimeRange;
import org.allteach.calendar.slots.WeeklyRule;

/** Between the stored rows and the slot computation's {@link AvailabilityPolicy}. */
public final class Policies {

    private Policies() {
    }

    public static AvailabilityPolicy toPolicy(CoachAvailability availability) {
        List<WeeklyRule> weekly = availability.getWeekly().stream()
                .map(row -> new WeeklyRule(row.getDayOfWeek(), row.getStartTime(), row.getEndTime())).toList();
        Map<java.time.LocalDate, List<TimeRange>> byDate = new LinkedHashMap<>();
        for (OverrideHours row : availability.getOverrides()) {
            List<TimeRange> hours = byDate.computeIfAbsent(row.getOnDate(), date -> new ArrayList<>());
            if (!row.isDayOff()) {
                hours.add(new TimeRange(row.getStartTime(), row.getEndTime()));
            }
        }
        List<DateOverride> overrides = byDate.entrySet().stream()
                .map(entry -> new DateOverride(entry.getKey(), entry.getValue())).toList();
        return new AvailabilityPolicy(availability.getZone(), weekly, overrides, availability.getBufferBefore(),
                availability.getBufferAfter(), availability.getMinimumNotice(), availability.getDaysAhead(),
                availability.getMaxCallsPerDay(), availability.getCallLengths(), availability.getStartInterval());
    }

    public static List<WeeklyHours> weeklyRows(AvailabilityPolicy policy) {
        return policy.weekly().stream().map(rule -> new WeeklyHours(rule.day(), rule.start(), rule.end())).toList();
    }

    public static List<OverrideHours> overrideRows(AvailabilityPolicy policy) {
        List<OverrideHours> rows = new ArrayList<>();
        for (DateOverride override : policy.overrides()) {
            if (override.hours().isEmpty()) {
                rows.add(OverrideHours.dayOff(override.date()));
            } else {
                override.hours().forEach(hours -> rows.add(new OverrideHours(override.date(), hours.start(),
                        hours.end())));
            }
        }
        return rows;
    }

    /** The same policy, also offering {@code length}: a call booked before the coach stopped offering it can move. */
    public static AvailabilityPolicy alsoOffering(AvailabilityPolicy policy, Duration length) {
        if (policy.callLengths().contains(length)) {
            return policy;
        }
        List<Duration> lengths = new ArrayList<>(policy.callLengths());
        lengths.add(length);
        return new AvailabilityPolicy(policy.zone(), policy.weekly(), policy.overrides(), policy.bufferBefore(),
                policy.bufferAfter(), policy.minimumNotice(), policy.daysAhead(), policy.maxCallsPerDay(),
                lengths.stream().sorted().toList(), policy.startInterval());
    }
}
