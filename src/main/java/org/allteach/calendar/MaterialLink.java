package org.allteach.calendar;

/** A library resource to read or use for an event, as the viewer may open it. */
public record MaterialLink(long resourceId, String title) {
}
