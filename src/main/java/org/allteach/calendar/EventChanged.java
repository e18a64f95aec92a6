package org.allteach.calendar;

/** An event (one occurrence) was created or its details or times changed. */
public record EventChanged(long eventId) {
}
