package org.allteach.calendar.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When a coach can be booked for one-on-one calls.
 *
 * @param zone           the coach's time zone; weekly rules and overrides are in it, and so are "days"
 * @param weekly         the hours of each weekday (several per day allowed, not overlapping)
 * @param overrides      dates whose hours replace that weekday's rules (no hours: not available that date)
 * @param bufferBefore   free time the coach keeps before each call
 * @param bufferAfter    free time the coach keeps after each call
 * @param minimumNotice  how long before its start a call must be booked
 * @param daysAhead      calls can start up to the end of the coach's day {@code today + daysAhead}
 * @param maxCallsPerDay coaching calls per day of the coach, at most
 * @param callLengths    the call lengths a participant can pick from
 * @param startInterval  calls start at the start of an available stretch and then every this long
 */
public record AvailabilityPolicy(ZoneId zone, List<WeeklyRule> weekly, List<DateOverride> overrides,
                                 Duration bufferBefore, Duration bufferAfter, Duration minimumNotice, int daysAhead,
                                 int maxCallsPerDay, List<Duration> callLengths, Duration startInterval) {

    /** The largest {@link #daysAhead()}: a year. */
    public static final int MAX_DAYS_AHEAD = 365;

    public AvailabilityPolicy {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        callLengths = callLengths == null ? List.of() : List.copyOf(callLengths);
    }

    /**
     * Checks the policy as a coach entered it.
     *
     * @throws org.allteach.shared.InvalidInput with a message per form field ("weekly", "overrides", "bufferBefore",
     *                                          "bufferAfter", "minimumNotice", "daysAhead", "maxCallsPerDay",
     *                                          "callLengths", "startInterval", "zone") saying what to fix
     */
    public void validate() {
        PolicyValidation.validate(this);
    }

    /** Calls must start before this: the end of the coach's day {@code today + daysAhead}, "today" being {@code now}'s. */
    public Instant bookableUntil(Instant now) {
        return LocalDate.ofInstant(now, zone).plusDays(daysAhead + 1L).atStartOfDay(zone).toInstant();
    }

    /** Calls must start at or after this. */
    public Instant bookableFrom(Instant now) {
        return now.plus(minimumNotice);
    }
}
