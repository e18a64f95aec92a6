package org.allteach.messaging;

/** Someone the signed-in person may write to in a context, and where they work in it ("Team A", "Organiser"). */
public record PossibleRecipient(long personId, String displayName, String affiliation) {
}
