package org.allteach.collaborative;

import java.time.Instant;

/** An invitation as the organiser's list shows it. */
public record InvitationRow(long id, String email, Role role, String teamName, String invitedBy, Instant sentAt,
                            Instant expiresAt, InvitationStatus status) {
}
