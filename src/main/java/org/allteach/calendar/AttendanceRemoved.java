package org.allteach.calendar;

/** An attendance recorded by mistake was removed by the host or an organiser. */
public record AttendanceRemoved(long eventId, long personId) {
}
