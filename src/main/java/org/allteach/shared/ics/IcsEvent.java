package org.allteach.shared.ics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One calendar entry (one VEVENT). Each occurrence of a series is its own entry with its own uid.
 *
 * @param uid          stable for the booking or occurrence across all updates, e.g. {@code booking-42@allteach};
 *                     calendars match updates and cancellations by it
 * @param sequence     0 at first, one more each time the time or place changes; calendars ignore an update whose
 *                     sequence is lower than what they have
 * @param start        start (written in UTC)
 * @param end          end, after start
 * @param summary      the title
 * @param description  plain text, may be null
 * @param location     a place or a meeting link, may be null
 * @param url          the page in the portal, may be null
 * @param organizer    who organises it (the host, the coach); required by iTIP for every method
 * @param attendees    who takes part; an invitation or cancellation ({@link IcsMethod#REQUEST},
 *                     {@link IcsMethod#CANCEL}) needs at least one, a feed entry may have none
 * @param status       confirmed, tentative or cancelled
 * @param lastModified when it last changed; also written as DTSTAMP, so the same entry gives the same text
 */
public record IcsEvent(String uid, int sequence, Instant start, Instant end, String summary, String description,
                       String location, String url, Person organizer, List<Person> attendees, Status status,
                       Instant lastModified) {

    public IcsEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastModified, "lastModified");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }

    /**
     * An organiser or attendee.
     *
     * @param name  shown by calendars (CN)
     * @param email their address (mailto:)
     */
    public record Person(String name, String email) {
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }
}
