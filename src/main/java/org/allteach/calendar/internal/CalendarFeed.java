package org.allteach.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's private calendar feed; the secret link's token is known here only by its hash. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;

    protected CalendarFeed() {
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastFetchedAt() {
        return lastFetchedAt;
    }
}
