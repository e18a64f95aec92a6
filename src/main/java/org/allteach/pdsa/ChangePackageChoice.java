package org.allteach.pdsa;

/** A change package in the library, for the change idea form's picker. */
public record ChangePackageChoice(long id, String title) {
}
