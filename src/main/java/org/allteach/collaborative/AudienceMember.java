package org.allteach.collaborative;

/** Someone who can read a collaborative's or a team's pages, for pickers such as @mention suggestions. */
public record AudienceMember(long personId, String displayName, String teamName, Role role) {
}
