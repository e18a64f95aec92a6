package org.allteach.pdsa;

/** A discussion thread linked to a cycle (or offered for linking); {@code where} names its space and category. */
public record LinkedThread(long id, String title, String where) {
}
