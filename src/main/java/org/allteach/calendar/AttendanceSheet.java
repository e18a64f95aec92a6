package org.allteach.calendar;

import java.time.Instant;
import java.util.List;

/**
 * What the host of an event sees on its attendance page.
 *
 * @param eventMinutes      the event's length: the most anyone can attend
 * @param checkIn           the current or last check-in, or null when none was opened
 * @param mayOpenCheckIn    whether check-in can be opened now (from an hour before the start until the end)
 * @param mayRecord         whether attendance can be recorded now (from an hour before the start)
 * @param attendees         who attended, in the order they were recorded
 * @param goingNotRecorded  who said they are going but has no attendance yet, to mark them quickly
 */
public record AttendanceSheet(long eventId, String title, Instant start, Instant end, boolean cancelled,
                              int eventMinutes, CheckInState checkIn, boolean mayOpenCheckIn, boolean mayRecord,
                              List<Attendee> attendees, List<Expected> goingNotRecorded) {

    /** A check-in code and the window in which it is accepted. */
    public record CheckInState(String code, Instant opensAt, Instant closesAt, boolean open) {
    }

    public record Attendee(long personId, String name, String email, int minutes, AttendanceSource source,
                           Instant recordedAt) {
    }

    public record Expected(long personId, String name) {
    }
}
