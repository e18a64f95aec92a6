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
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the attendance credit is claimed from in step with the calendar's: an attended event counts for activities
 * linked to it or to its series, and its first count tells the person their credit is ready to claim. Runs after the
 * calendar's transaction commits, in its own, so attendance is recorded even if this fails.
 */
@Component
class AttendanceCredit {

    private final CreditActivityRepository activities;
    private final CreditAttendanceRepository attendance;
    private final CreditClaimRepository claims;
    private final Events events;
    private final Notifications notifications;
    private final Clock clock;

    AttendanceCredit(CreditActivityRepository activities, CreditAttendanceRepository attendance,
                     CreditClaimRepository claims, Events events, Notifications notifications, Clock clock) {
        this.notifications = notifications;
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
            if (count(activity.getId(), attended)) {
                notifications.notifyIsolated(new NewNotification(attended.personId(), NotificationType.CREDIT_READY,
                        "credit-" + activity.getId() + "-" + attended.eventId(), null,
                        "Credit for “" + activity.getTitle() + "” is ready to claim",
                        "Your attendance at “" + attended.title() + "” was recorded. Fill in the evaluation and "
                                + "claim within " + activity.getClaimWindowDays() + " days.", "credits"));
            }
        }
    }

    /**
     * Counts one attendance for an activity, or changes its minutes when it was counted before. Returns whether it
     * was counted for the first time.
     */
    boolean count(long activityId, SessionAttended attended) {
        LocalDate heldOn = LocalDate.ofInstant(attended.start(), attended.zone());
        var counted = attendance.findByActivityIdAndPersonIdAndEventId(activityId, attended.personId(),
                attended.eventId());
        counted.ifPresentOrElse(row -> row.change(attended.minutes(), attended.start(), heldOn),
                () -> attendance.save(new CreditAttendance(activityId, attended.personId(),
                        attended.eventId(), attended.minutes(), attended.start(), heldOn, clock.instant())));
        return counted.isEmpty();
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
