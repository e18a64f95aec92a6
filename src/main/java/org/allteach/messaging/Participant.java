package org.allteach.messaging;

/** Someone in a conversation. */
public record Participant(long personId, String displayName) {
}
