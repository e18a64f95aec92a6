package org.allteach.collaborative;

/** A team by id and name, for pickers. */
public record TeamRef(long id, String name) {
}
