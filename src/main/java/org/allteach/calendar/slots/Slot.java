package org.allteach.calendar.slots;

import java.time.Instant;

/** A call that can be booked, from {@code start} to {@code end}; shown in whatever time zone the viewer has. */
public record Slot(Instant start, Instant end) {
}
