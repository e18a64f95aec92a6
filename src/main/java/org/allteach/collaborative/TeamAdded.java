package org.allteach.collaborative;

/** Published in the transaction that adds a team, so other features can set up their part of it. */
public record TeamAdded(long collaborativeId, long teamId, String name) {
}
