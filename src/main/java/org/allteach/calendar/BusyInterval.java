package org.allteach.calendar;

import java.time.Instant;

/** A time someone is taken by an event they host or go to; only the times, nothing about the event. */
public record BusyInterval(Instant start, Instant end) {
}
