package org.allteach.collaborative;

/** Whether an invitation link can still be used, and if not, why. */
public enum InvitationStatus {
    PENDING, ACCEPTED, EXPIRED,
    /** Not accepted before its collaborative closed: an archive takes no new members. */
    CLOSED,
    UNKNOWN;

    /** The sentence the invitation page shows for a link that cannot be used. */
    public String explanation() {
        return switch (this) {
            case PENDING -> "This invitation is waiting for you.";
            case ACCEPTED -> "This invitation has already been accepted. If that was you, sign in.";
            case EXPIRED -> "This invitation has expired. Ask the organiser who invited you to send a new one.";
            case CLOSED -> "The collaborative this invitation is for has ended, so it takes no new members. Its "
                    + "alumni carry on in the community of practice.";
            case UNKNOWN -> "This invitation link is not valid. Check that you opened the whole link from the email.";
        };
    }
}
