package org.allteach.calendar.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The free call times of a coach. Pure: the same policy, busy times and {@code now} give the same answer, so the
 * booking service can show {@link #freeSlots} and later {@link #check} the chosen time again inside its lock.
 * <p>
 * A slot is free when it starts at the start of an available window or a whole number of {@code startInterval}s
 * later (counted in real time, so a DST change gives neither a duplicate nor a skipped start), fits entirely in the
 * window, starts no earlier than {@code now + minimumNotice} and before {@link AvailabilityPolicy#bookableUntil},
 * its day (the coach's) has fewer than {@code maxCallsPerDay} coaching calls, and it with its buffers overlaps no
 * coaching call with that call's buffers, nor any other busy time.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /**
     * The free slots of {@code length} that start from {@code from} (inclusive) to {@code to} (exclusive), sorted.
     * None when the policy does not offer that length.
     *
     * @throws org.allteach.shared.InvalidInput when the policy is not valid
     */
    public static List<Slot> freeSlots(AvailabilityPolicy policy, Duration length, Instant now, Instant from,
                                       Instant to, List<Busy> busy) {
        policy.validate();
        if (!policy.callLengths().contains(length)) {
            return List.of();
        }
        Instant earliest = latest(from, policy.bookableFrom(now));
        Instant until = earliest(to, policy.bookableUntil(now));
        if (!earliest.isBefore(until)) {
            return List.of();
        }
        CoachDays days = new CoachDays(policy);
        LocalDate firstDay = days.dateOf(earliest);
        LocalDate lastDay = days.dateOf(until.minusNanos(1));
        Map<LocalDate, Integer> callsPerDay = callsPerDay(days, busy);
        BlockedTimes blocked = BlockedTimes.of(policy, busy, earliest, until.plus(length));
        Duration interval = policy.startInterval();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (callsPerDay.getOrDefault(day, 0) >= policy.maxCallsPerDay()) {
                continue;
            }
            for (CoachDays.Window window : days.windows(day)) {
                Instant start = firstStartFrom(window, earliest, interval);
                Instant end = start.plus(length);
                while (start.isBefore(until) && !end.isAfter(window.end())) {
                    if (blocked.free(start, end)) {
                        slots.add(new Slot(start, end));
                    }
                    start = start.plus(interval);
                    end = start.plus(length);
                }
            }
        }
        return slots;
    }

    /**
     * What keeps a call of {@code length} at {@code start} from being booked at {@code now}, if anything: the first of
     * length not offered, in the past, inside the minimum notice, beyond the booking window, outside availability,
     * conflict, day full. Empty exactly when {@link #freeSlots} would list this slot.
     *
     * @throws org.allteach.shared.InvalidInput when the policy is not valid
     */
    public static Optional<SlotProblem> check(AvailabilityPolicy policy, Duration length, Instant start, Instant now,
                                              List<Busy> busy) {
        policy.validate();
        if (!policy.callLengths().contains(length)) {
            return Optional.of(SlotProblem.LENGTH_NOT_OFFERED);
        }
        if (start.isBefore(now)) {
            return Optional.of(SlotProblem.IN_THE_PAST);
        }
        if (start.isBefore(policy.bookableFrom(now))) {
            return Optional.of(SlotProblem.INSIDE_MINIMUM_NOTICE);
        }
        if (!start.isBefore(policy.bookableUntil(now))) {
            return Optional.of(SlotProblem.BEYOND_BOOKING_WINDOW);
        }
        CoachDays days = new CoachDays(policy);
        LocalDate day = days.dateOf(start);
        Instant end = start.plus(length);
        boolean offered = days.windows(day).stream().anyMatch(window -> !start.isBefore(window.start())
                && !end.isAfter(window.end())
                && Duration.between(window.start(), start).toNanos() % policy.startInterval().toNanos() == 0);
        if (!offered) {
            return Optional.of(SlotProblem.OUTSIDE_AVAILABILITY);
        }
        if (!BlockedTimes.of(policy, busy, start, end).free(start, end)) {
            return Optional.of(SlotProblem.CONFLICT);
        }
        if (callsOn(day, policy, busy) >= policy.maxCallsPerDay()) {
            return Optional.of(SlotProblem.DAY_FULL);
        }
        return Optional.empty();
    }

    /** The first start of the window at or after {@code earliest}: the window's start plus whole intervals. */
    private static Instant firstStartFrom(CoachDays.Window window, Instant earliest, Duration interval) {
        if (!window.start().isBefore(earliest)) {
            return window.start();
        }
        long behind = Duration.between(window.start(), earliest).toNanos();
        long step = interval.toNanos();
        return window.start().plusNanos((behind + step - 1) / step * step);
    }

    private static Map<LocalDate, Integer> callsPerDay(CoachDays days, List<Busy> busy) {
        Map<LocalDate, Integer> calls = new HashMap<>();
        for (Busy item : busy) {
            if (item.coachingCall()) {
                calls.merge(days.dateOf(item.start()), 1, Integer::sum);
            }
        }
        return calls;
    }

    private static int callsOn(LocalDate day, AvailabilityPolicy policy, List<Busy> busy) {
        Instant dayStart = day.atStartOfDay(policy.zone()).toInstant();
        Instant nextDayStart = day.plusDays(1).atStartOfDay(policy.zone()).toInstant();
        int calls = 0;
        for (Busy item : busy) {
            if (item.coachingCall() && !item.start().isBefore(dayStart) && item.start().isBefore(nextDayStart)) {
                calls++;
            }
        }
        return calls;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
