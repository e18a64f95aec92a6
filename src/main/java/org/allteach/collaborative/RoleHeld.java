package org.allteach.collaborative;

/** One role a person holds: in a team of a collaborative, or across it ({@code teamId} null, organisers). */
public record RoleHeld(long collaborativeId, Long teamId, Role role) {
}
