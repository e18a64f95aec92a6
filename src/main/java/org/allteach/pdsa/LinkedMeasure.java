package org.allteach.pdsa;

/** A measure a cycle is linked to. */
public record LinkedMeasure(long id, String name) {
}
