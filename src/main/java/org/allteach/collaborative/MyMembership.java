package org.allteach.collaborative;

/** One of the signed-in person's roles: in a collaborative, and in a team unless they organise it. */
public record MyMembership(CollaborativeSummary collaborative, Long teamId, String teamName, Role role) {
}
