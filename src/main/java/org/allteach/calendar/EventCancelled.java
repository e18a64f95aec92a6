package org.allteach.calendar;

/** An event (one occurrence) was cancelled; its row and RSVPs stay, shown as cancelled. */
public record EventCancelled(long eventId) {
}
