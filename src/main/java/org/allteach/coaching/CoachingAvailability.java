package org.allteach.coaching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.WeeklyRule;
import org.allteach.coaching.internal.CoachAvailability;
import org.allteach.coaching.internal.CoachAvailabilityRepository;
import org.allteach.coaching.internal.CoachCalendar;
import org.allteach.coaching.internal.Policies;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Role;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coach's own availability for one-on-one calls: weekly hours, date overrides, buffers and limits. */
@Service
public class CoachingAvailability {

    static final int MAX_MEETING_PLACE = 300;

    private final CoachAvailabilityRepository availabilities;
    private final CoachCalendar calendar;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Clock clock;

    CoachingAvailability(CoachAvailabilityRepository availabilities, CoachCalendar calendar,
                         CollaborativeAccess access, CurrentPerson currentPerson, Accounts accounts, Clock clock) {
        this.availabilities = availabilities;
        this.calendar = calendar;
        this.access = access;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in coach's settings; before the first save, a suggestion in their own time zone. */
    @Transactional(readOnly = true)
    public MyAvailability mine() {
        long me = requireCoach();
        return availabilities.findById(me)
                .map(saved -> new MyAvailability(Policies.toPolicy(saved), saved.getMeetingPlace(), true))
                .orElseGet(() -> new MyAvailability(suggestion(me), null, false));
    }

    /**
     * Saves the signed-in coach's settings; from now on participants can book the free times.
     *
     * @throws InvalidInput with the fields of {@link AvailabilityPolicy#validate()} and {@code meetingPlace}
     */
    @Transactional
    public MyAvailability save(AvailabilityPolicy policy, String meetingPlace) {
        long me = requireCoach();
        String place = validate(policy, meetingPlace);
        // Locked like a booking, so a booking decided at this moment sees either the old or the new settings.
        CoachAvailability availability = availabilities.lockByCoachId(me).orElseGet(() -> new CoachAvailability(me));
        availability.change(policy.zone(), policy.bufferBefore(), policy.bufferAfter(), policy.minimumNotice(),
                policy.daysAhead(), policy.maxCallsPerDay(), policy.callLengths().stream().sorted().toList(),
                policy.startInterval(), place, Policies.weeklyRows(policy), Policies.overrideRows(policy),
                clock.instant());
        availability = availabilities.save(availability);
        return new MyAvailability(Policies.toPolicy(availability), place, true);
    }

    /**
     * The free slots these (possibly unsaved) settings would offer in the next {@code days} days, around the signed-in
     * coach's existing calls: the live preview of the availability form.
     *
     * @throws InvalidInput as {@link #save}
     */
    @Transactional(readOnly = true)
    public List<Slot> preview(AvailabilityPolicy policy, Duration length, int days) {
        long me = requireCoach();
        policy.validate();
        Instant now = clock.instant();
        return calendar.freeSlots(policy, me, length, now, now, now.plus(Duration.ofDays(days)), null);
    }

    private long requireCoach() {
        long me = currentPerson.requireId();
        if (access.myRoles().stream().noneMatch(held -> held.role() == Role.COACH)) {
            throw new AccessDeniedException("Only coaches set availability for coaching calls.");
        }
        return me;
    }

    private static String validate(AvailabilityPolicy policy, String meetingPlace) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        try {
            policy.validate();
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(errors::add);
        }
        String place = errors.optionalLine("meetingPlace", meetingPlace, MAX_MEETING_PLACE);
        errors.throwIfAny();
        return place;
    }

    /** Weekdays 9:00–12:00 and 13:00–17:00, half-hour and hour calls: a start the coach adjusts. */
    private AvailabilityPolicy suggestion(long coachId) {
        List<WeeklyRule> weekly = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekly.add(new WeeklyRule(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            weekly.add(new WeeklyRule(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        return new AvailabilityPolicy(accounts.profile(coachId).timeZone(), weekly, List.of(), Duration.ZERO,
                Duration.ofMinutes(10), Duration.ofHours(12), 30, 4,
                List.of(Duration.ofMinutes(30), Duration.ofMinutes(60)), Duration.ofMinutes(30));
    }
}
