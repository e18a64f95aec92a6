package org.allteach.calendar.slots;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The busy times widened so that a call fits if and only if it overlaps none of them: a coaching call by the buffer
 * after it plus the buffer before the next call (and the other way round), because each call keeps its own buffers
 * clear; anything else by the new call's buffers only. Sorted and joined once, then swept by call starts in
 * increasing order, so each busy time is looked at once however many slots there are.
 */
final class BlockedTimes {

    private record Interval(Instant start, Instant end) {
    }

    private final Instant[] starts;
    private final Instant[] ends;
    private int next;

    private BlockedTimes(Instant[] starts, Instant[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The blocked times that reach into {@code from}–{@code to}; others cannot touch a call in that stretch. */
    static BlockedTimes of(AvailabilityPolicy policy, List<Busy> busy, Instant from, Instant to) {
        Duration bothBuffers = policy.bufferBefore().plus(policy.bufferAfter());
        List<Interval> widened = new ArrayList<>(busy.size());
        for (Busy item : busy) {
            Instant start = item.coachingCall() ? item.start().minus(bothBuffers) : item.start().minus(policy.bufferAfter());
            Instant end = item.coachingCall() ? item.end().plus(bothBuffers) : item.end().plus(policy.bufferBefore());
            if (start.isBefore(to) && end.isAfter(from) && start.isBefore(end)) {
                widened.add(new Interval(start, end));
            }
        }
        widened.sort(Comparator.comparing(Interval::start));
        List<Instant> starts = new ArrayList<>(widened.size());
        List<Instant> ends = new ArrayList<>(widened.size());
        for (Interval item : widened) {
            if (!ends.isEmpty() && !item.start().isAfter(ends.getLast())) {
                if (item.end().isAfter(ends.getLast())) {
                    ends.set(ends.size() - 1, item.end());
                }
            } else {
                starts.add(item.start());
                ends.add(item.end());
            }
        }
        return new BlockedTimes(starts.toArray(Instant[]::new), ends.toArray(Instant[]::new));
    }

    /**
     * Whether a call from {@code start} to {@code end} overlaps no blocked time. Calls must be asked about in order of
     * their starts.
     */
    boolean free(Instant start, Instant end) {
        while (next < ends.length && !ends[next].isAfter(start)) {
            next++;
        }
        return next == ends.length || !starts[next].isBefore(end);
    }
}
