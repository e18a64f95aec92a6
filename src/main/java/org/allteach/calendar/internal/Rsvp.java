package org.allteach.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.calendar.RsvpStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's answer for one occurrence. The waitlist is served in the order of {@code respondedAt}. */
@Entity
@Table(name = "calendar_rsvp")
public class Rsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RsvpStatus response;

    @Column(name = "responded_at")
    private Instant respondedAt;

    protected Rsvp() {
    }

    public Rsvp(long eventId, long personId, RsvpStatus response, Instant now) {
        this.eventId = eventId;
        this.personId = personId;
        this.response = response;
        this.respondedAt = now;
    }

    public void answer(RsvpStatus response, Instant now) {
        this.response = response;
        this.respondedAt = now;
    }

    /** A waitlisted person got a seat; their place in line is kept as when they asked. */
    public void giveSeat() {
        this.response = RsvpStatus.GOING;
    }

    public long getEventId() {
        return eventId;
    }

    public long getPersonId() {
        return personId;
    }

    public RsvpStatus getResponse() {
        return response;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
