package org.allteach.discussion;

/** Someone who can read a thread, offered when typing an @mention. */
public record Mentionable(long personId, String displayName, String detail) {
}
