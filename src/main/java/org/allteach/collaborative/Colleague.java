package org.allteach.collaborative;

/** Someone who shares a collaborative with the signed-in person, and where they work in it ("Team A", "Organiser"). */
public record Colleague(long personId, String displayName, String affiliation) {
}
