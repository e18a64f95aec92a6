package org.allteach.collaborative;

import java.time.Instant;

/**
 * What the invitation page shows to whoever holds the link.
 *
 * @param accountExists whether the invited address already has an account (then accepting needs no password)
 */
public record InvitationDetails(InvitationStatus status, String email, String suggestedName, String collaborativeName,
                                String teamName, Role role, String invitedBy, Instant expiresAt,
                                boolean accountExists) {

    static InvitationDetails unusable(InvitationStatus status) {
        return new InvitationDetails(status, null, null, null, null, null, null, null, false);
    }
}
