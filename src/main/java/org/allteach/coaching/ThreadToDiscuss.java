package org.allteach.coaching;

/** A discussion thread a call can be about, for the booking form's picker; {@code where} names its space. */
public record ThreadToDiscuss(long id, String title, String where) {
}
