package org.allteach.collaborative;

/** Published in the transaction that creates a collaborative, so other features can set up their part of it. */
public record CollaborativeCreated(long collaborativeId, String name) {
}
