package org.allteach.calendar.slots;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.allteach.shared.InvalidInput;

/** The rules behind {@link AvailabilityPolicy#validate()}; messages say what to fix, in the coach's words. */
final class PolicyValidation {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private PolicyValidation() {
    }

    /** Longer buffers make no sense for a call, and the booking service reads calls two days around a slot. */
    static final Duration MAX_BUFFER = Duration.ofHours(4);
    static final Duration MAX_NOTICE = Duration.ofDays(30);

    static void validate(AvailabilityPolicy policy) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (policy.zone() == null) {
            errors.add("zone", "Choose your time zone.");
        }
        weekly(policy.weekly(), errors);
        overrides(policy.overrides(), errors);
        withinRange("bufferBefore", policy.bufferBefore(), MAX_BUFFER, "The buffer before a call", "4 hours", errors);
        withinRange("bufferAfter", policy.bufferAfter(), MAX_BUFFER, "The buffer after a call", "4 hours", errors);
        withinRange("minimumNotice", policy.minimumNotice(), MAX_NOTICE, "The minimum notice", "30 days", errors);
        if (policy.daysAhead() < 1 || policy.daysAhead() > AvailabilityPolicy.MAX_DAYS_AHEAD) {
            errors.add("daysAhead", "Allow booking from 1 to " + AvailabilityPolicy.MAX_DAYS_AHEAD + " days ahead.");
        }
        if (policy.maxCallsPerDay() < 1) {
            errors.add("maxCallsPerDay", "Allow at least 1 call per day.");
        }
        callLengths(policy.callLengths(), errors);
        if (!isPositiveMultipleOfFiveMinutes(policy.startInterval())) {
            errors.add("startInterval", "Let calls start every 5 minutes or a multiple of it, e.g. every 15 or 30 minutes.");
        }
        errors.throwIfAny();
    }

    private static void weekly(List<WeeklyRule> rules, InvalidInput.Collector errors) {
        if (rules.stream().anyMatch(rule -> rule == null || rule.day() == null || rule.start() == null
                || rule.end() == null)) {
            errors.add("weekly", "Every weekly rule needs a day, a start time and an end time.");
            return;
        }
        for (WeeklyRule rule : rules) {
            if (!rule.hours().isWellFormed()) {
                errors.add("weekly", "%s %s: the end must be later than the start."
                        .formatted(Labels.day(rule.day()), rule.hours().label()));
            }
        }
        if (errors.has("weekly")) {
            return;
        }
        List<WeeklyRule> sorted = rules.stream()
                .sorted(Comparator.comparing(WeeklyRule::day).thenComparing(WeeklyRule::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            WeeklyRule earlier = sorted.get(i - 1);
            WeeklyRule later = sorted.get(i);
            if (earlier.day() == later.day() && overlap(earlier.hours(), later.hours())) {
                errors.add("weekly", "%s %s overlaps %s %s.".formatted(Labels.day(earlier.day()),
                        earlier.hours().label(), Labels.day(later.day()), later.hours().label()));
            }
        }
    }

    private static void overrides(List<DateOverride> overrides, InvalidInput.Collector errors) {
        Set<LocalDate> dates = new HashSet<>();
        for (DateOverride override : overrides) {
            if (override == null || override.date() == null) {
                errors.add("overrides", "Every date override needs a date.");
                continue;
            }
            String date = Labels.date(override.date());
            if (!dates.add(override.date())) {
                errors.add("overrides", "%s has two overrides; keep one.".formatted(date));
            }
            if (override.hours().stream().anyMatch(Objects::isNull)
                    || override.hours().stream().anyMatch(hours -> hours.start() == null || hours.end() == null)) {
                errors.add("overrides", "Every time range on %s needs a start and an end time.".formatted(date));
                continue;
            }
            List<TimeRange> malformed = override.hours().stream().filter(hours -> !hours.isWellFormed()).toList();
            if (!malformed.isEmpty()) {
                errors.add("overrides", "%s %s: the end must be later than the start."
                        .formatted(date, malformed.getFirst().label()));
                continue;
            }
            List<TimeRange> sorted = new ArrayList<>(override.hours());
            sorted.sort(Comparator.comparing(TimeRange::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (overlap(sorted.get(i - 1), sorted.get(i))) {
                    errors.add("overrides", "%s %s overlaps %s.".formatted(date, sorted.get(i - 1).label(),
                            sorted.get(i).label()));
                }
            }
        }
    }

    private static void callLengths(List<Duration> lengths, InvalidInput.Collector errors) {
        if (lengths.isEmpty()) {
            errors.add("callLengths", "Offer at least one call length.");
            return;
        }
        Set<Duration> seen = new HashSet<>();
        for (Duration length : lengths) {
            if (!isPositiveMultipleOfFiveMinutes(length)) {
                errors.add("callLengths", "Call lengths must be a multiple of 5 minutes, e.g. 30 or 60 minutes%s."
                        .formatted(length == null ? "" : "; " + Labels.duration(length) + " is not"));
            } else if (!seen.add(length)) {
                errors.add("callLengths", "%s is offered twice; keep one.".formatted(Labels.duration(length)));
            }
        }
    }

    private static void withinRange(String field, Duration duration, Duration most, String what, String mostInWords,
                                    InvalidInput.Collector errors) {
        if (duration == null) {
            errors.add(field, what + " is missing; enter 0 for none.");
        } else if (duration.isNegative()) {
            errors.add(field, what + " cannot be negative; enter 0 for none.");
        } else if (duration.compareTo(most) > 0) {
            errors.add(field, what + " can be at most " + mostInWords + ".");
        }
    }

    private static boolean isPositiveMultipleOfFiveMinutes(Duration duration) {
        return duration != null && duration.isPositive() && duration.getNano() == 0
                && duration.getSeconds() % FIVE_MINUTES.getSeconds() == 0;
    }

    /** Both well formed and sorted by start. Touching ranges (12:00 end, 12:00 start) do not overlap. */
    private static boolean overlap(TimeRange earlier, TimeRange later) {
        return later.startNanoOfDay() < earlier.endNanoOfDay();
    }
}
