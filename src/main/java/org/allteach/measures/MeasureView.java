package org.allteach.measures;

/** A measure as its pages show it. */
public record MeasureView(long id, MeasureDetails details) {
}
