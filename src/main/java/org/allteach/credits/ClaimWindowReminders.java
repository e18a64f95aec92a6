package org.allteach.credits;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allteach.credits.internal.CreditActivity;
import org.allteach.credits.internal.CreditActivityRepository;
import org.allteach.credits.internal.CreditAttendance;
import org.allteach.credits.internal.CreditAttendanceRepository;
import org.allteach.credits.internal.WindowExtension;
import org.allteach.credits.internal.WindowExtensionRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.allteach.notification.ReminderProperties;
import org.allteach.notification.ReminderSource;
import org.allteach.notification.ReminderTimes;
import org.springframework.stereotype.Component;

/**
 * Tells people who attended but have not claimed their credit that their claim window closes in
 * {@code claim-window-lead} (7 days). Once per window: the source key holds the window's end, so a window that a
 * later session of a series or an organiser's extension moved is reminded of again before its new end. A closed
 * collaborative does not stop it: claims stay open after the end (decision 0033).
 */
@Component
class ClaimWindowReminders implements ReminderSource {

    /** The longest claim window an activity may have (CreditActivities, and the table's check). */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(365);

    private final CreditAttendanceRepository attendance;
    private final CreditActivityRepository activities;
    private final WindowExtensionRepository extensions;
    private final Accounts accounts;
    private final Notifications notifications;
    private final ReminderProperties properties;

    ClaimWindowReminders(CreditAttendanceRepository attendance, CreditActivityRepository activities,
                         WindowExtensionRepository extensions, Accounts accounts, Notifications notifications,
                         ReminderProperties properties) {
        this.attendance = attendance;
        this.activities = activities;
        this.extensions = extensions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "credit-claim-windows";
    }

    @Override
    public int remind(Instant from, Instant to) {
        Instant closingFrom = from.plus(properties.claimWindowLead());
        Instant closingTo = to.plus(properties.claimWindowLead());
        List<Object[]> closing = attendance.findWindowsClosing(closingFrom.minus(LONGEST_WINDOW), closingFrom,
                closingTo);
        if (closing.isEmpty()) {
            return 0;
        }
        Map<Long, CreditActivity> byId = new HashMap<>();
        activities.findByIdIn(closing.stream().map(row -> ((Number) row[0]).longValue()).distinct().toList())
                .forEach(activity -> byId.put(activity.getId(), activity));
        Map<Long, PersonProfile> people = accounts.profiles(closing.stream()
                .map(row -> ((Number) row[1]).longValue()).distinct().toList());
        int told = 0;
        for (Object[] row : closing) {
            CreditActivity activity = byId.get(((Number) row[0]).longValue());
            PersonProfile person = people.get(((Number) row[1]).longValue());
            if (activity == null || person == null) {
                continue;
            }
            Instant windowEnd = windowEnd(activity, person.id());
            if (notifications.notify(new NewNotification(person.id(), NotificationType.CLAIM_WINDOW_CLOSING,
                    "claim-closing-" + activity.getId() + "-" + windowEnd.getEpochSecond(), null,
                    "Claim your credit for “" + activity.getTitle() + "” by "
                            + ReminderTimes.format(windowEnd, person.timeZone(), person.locale()),
                    "Fill in the evaluation and claim on My credits before your claim window closes; after that, "
                            + "only the organisers can extend it.",
                    "credits")).isPresent()) {
                told++;
            }
        }
        return told;
    }

    /** The window's end as the claim rules compute it, for the message and the key. */
    private Instant windowEnd(CreditActivity activity, long personId) {
        Instant lastAttended = attendance.findByActivityIdAndPersonId(activity.getId(), personId).stream()
                .map(CreditAttendance::getRecordedAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant extendedUntil = extensions.findByActivityIdAndPersonIdOrderByExtendedAtAsc(activity.getId(), personId)
                .stream().map(WindowExtension::getNewEnd).max(Comparator.naturalOrder()).orElse(null);
        return ClaimRules.windowEnd(lastAttended, activity.getClaimWindowDays(), extendedUntil);
    }
}
