package org.allteach.collaborative;

/** A row of the organiser's member list. */
public record MemberRow(long membershipId, long personId, String displayName, String email, Role role, Long teamId,
                        String teamName) {
}
