package org.allteach.notification;

import java.time.Instant;

/**
 * A feature's scheduled reminders (an event tomorrow, a claim window closing), asked by the reminder job at every
 * poll. The job hands each source the stretch of time since it last asked, so nothing falls between two polls and
 * nothing is asked twice; the source tells the people whose reminder falls due in it, through
 * {@link Notifications#notify(NewNotification)} with a source key naming the person, the thing and the reminder, so
 * a reminder goes out once even if a stretch is asked again (another node, a retry after a failure).
 */
public interface ReminderSource {

    /** A stable name: the job remembers per name how far it has asked. */
    String name();

    /**
     * Tells the people whose reminder falls due in {@code (from, to]}; {@code to} is now. Runs in the job's
     * transaction, which also moves the source's mark to {@code to}. Returns how many people were told.
     */
    int remind(Instant from, Instant to);
}
