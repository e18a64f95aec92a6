package org.allteach.credits;

import java.time.Clock;
import java.time.LocalDate;

import org.allteach.calendar.AttendanceRemoved;
import org.allteach.calendar.Events;
import org.allteach.calendar.SessionAttended;
import org.allteach.credits.internal.CreditActivity;
import org.allteach.credits.internal.CreditAttendance;
import org.allteach.credits.internal.CreditAttendanceRepository;
import org.allteach.credits.internal.CreditActivityRepository;
import org.allteach.credits.internal.CreditClaimRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the attendance credit is claimed from in step with the calendar's: an attended event counts for activities
 * linked to it or to its series. Runs after the calendar's transaction commits, in its own, so attendance is recorded
 * even if this fails.
 */
@Component
class AttendanceCredit {

    private final CreditActivityRepository activities;
    private final CreditAttendanceRepository attendance;
    private final CreditClaimRepository claims;
    private final Events events;
    private final Clock clock;

    AttendanceCredit(CreditActivityRepository activities, CreditAttendanceRepository attendance,
                     CreditClaimRepository claims, Events events, Clock clock) {
        this.activities = activities;
        this.attendance = attendance;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SessionAttended attended) {
        Long seriesId = events.seriesId(attended.eventId()).orElse(null);
        for (CreditActivity activity : activities.findForAttendance(attended.eventId(), seriesId)) {
            count(activity.getId(), attended);
        }
    }

    /** Counts one attendance for an activity, or changes its minutes when it was counted before. */
    void count(long activityId, SessionAttended attended) {
        LocalDate heldOn = LocalDate.ofInstant(attended.start(), attended.zone());
        attendance.findByActivityIdAndPersonIdAndEventId(activityId, attended.personId(), attended.eventId())
                .ifPresentOrElse(row -> row.change(attended.minutes(), attended.start(), heldOn),
                        () -> attendance.save(new CreditAttendance(activityId, attended.personId(),
                                attended.eventId(), attended.minutes(), attended.start(), heldOn, clock.instant())));
    }

    /** A removed attendance no longer counts, unless credit was already claimed with it (the certificate stands). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AttendanceRemoved removed) {
        for (CreditAttendance row : attendance.findByPersonIdAndEventId(removed.personId(), removed.eventId())) {
            if (!claims.existsByActivityIdAndPersonId(row.getActivityId(), removed.personId())) {
                attendance.delete(row);
            }
        }
    }
}
