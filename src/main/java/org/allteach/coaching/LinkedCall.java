package org.allteach.coaching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What an emailed "Reschedule" or "Cancel" link shows: only what the email already told its recipient, without the
 * agenda, so a forwarded or leaked link reveals little.
 *
 * @param zone   the recipient's time zone, in which the page shows times
 * @param locale the recipient's locale
 */
public record LinkedCall(Status status, Party party, String otherPartyName, Instant start, Instant end, ZoneId zone,
                         Locale locale) {

    /** Whether the link can still change the call, and if not, why. */
    public enum Status {
        CHANGEABLE("You can reschedule or cancel this call."),
        CANCEL_ONLY("The collaborative has closed, so this call can no longer be moved. You can still cancel it."),
        CANCELLED("This call has been cancelled."),
        STARTED("This call has already started or taken place, so it can no longer be changed."),
        UNKNOWN("This link is not valid. Check that you copied the whole link from the email, or sign in to see your "
                + "coaching calls.");

        private final String message;

        Status(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
