package org.allteach.notification.internal;

import org.allteach.notification.Delivery;

/**
 * The emails that gather several notifications: the daily and weekly digests, and the activity summary ("What you
 * missed") for people who have been away. Its name starts the digest ledger's period ({@code DAILY:2026-11-30}) and
 * is what a digest's unsubscribe link stores.
 */
public enum DigestKind {
    DAILY(Delivery.DAILY_DIGEST, "the daily digest email"),
    WEEKLY(Delivery.WEEKLY_DIGEST, "the weekly digest email"),
    /** Gathers the types a person keeps in the bell only. */
    SUMMARY(Delivery.IN_APP, "activity summary emails");

    private final Delivery gathers;
    private final String unsubscribeWhat;

    DigestKind(Delivery gathers, String unsubscribeWhat) {
        this.gathers = gathers;
        this.unsubscribeWhat = unsubscribeWhat;
    }

    /** The delivery chosen for the types this email gathers. */
    public Delivery gathers() {
        return gathers;
    }

    /** What its unsubscribe link stops, as the unsubscribe page says it. */
    public String unsubscribeWhat() {
        return unsubscribeWhat;
    }
}
