package org.allteach.coaching.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.coaching.Party;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An emailed link to reschedule or cancel one booking as one of its two parties; only the token's hash is kept. */
@Entity
@Table(name = "coaching_booking_link")
public class BookingLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id")
    private long bookingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Party party;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected BookingLink() {
    }

    public BookingLink(long bookingId, Party party, String tokenHash, Instant now) {
        this.bookingId = bookingId;
        this.party = party;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public long getBookingId() {
        return bookingId;
    }

    public Party getParty() {
        return party;
    }
}
