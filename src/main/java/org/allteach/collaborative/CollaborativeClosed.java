package org.allteach.collaborative;

/**
 * Published in the transaction that closes a collaborative (its members are now its alumni), so features can turn
 * their part of it into a read-only archive. Nothing is deleted.
 */
public record CollaborativeClosed(long collaborativeId, String name) {
}
