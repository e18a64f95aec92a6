package org.allteach.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The check-in of one event: its code and the window in which the code is accepted. */
@Entity
@Table(name = "calendar_check_in")
public class CheckIn {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    private String code;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "opened_by")
    private long openedBy;

    protected CheckIn() {
    }

    public CheckIn(long eventId, String code, Instant opensAt, Instant closesAt, long openedBy) {
        this.eventId = eventId;
        reopen(code, opensAt, closesAt, openedBy);
    }

    /** A new code for a new window: a code read out earlier stops working. */
    public void reopen(String code, Instant opensAt, Instant closesAt, long openedBy) {
        this.code = code;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.openedBy = openedBy;
    }

    public void close(Instant now) {
        if (closesAt.isAfter(now)) {
            closesAt = now.isAfter(opensAt) ? now : opensAt.plusNanos(1000);
        }
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public long getEventId() {
        return eventId;
    }

    public String getCode() {
        return code;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }
}
