package org.allteach.coaching;

/**
 * The outbox key under which a coaching call's reminder mails wait: cancelling it stops the ones not sent yet. Public
 * because whoever moves a call outside {@link CoachingCalls} (closing a collaborative, the demo's past) must stop them.
 */
public final class CallReminderMails {

    private CallReminderMails() {
    }

    public static String key(long bookingId) {
        return "coaching-call-" + bookingId + "-reminders";
    }
}
