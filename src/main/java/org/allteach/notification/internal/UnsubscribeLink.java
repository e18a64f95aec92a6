package org.allteach.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.notification.NotificationType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An emailed unsubscribe link: for one type, or for everything on one digest. Only the token's hash is kept. */
@Entity
@Table(name = "notification_unsubscribe")
public class UnsubscribeLink {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NotificationType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DigestKind digest;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected UnsubscribeLink() {
    }

    public UnsubscribeLink(String tokenHash, long personId, NotificationType type, DigestKind digest, Instant now) {
        this.tokenHash = tokenHash;
        this.personId = personId;
        this.type = type;
        this.digest = digest;
        this.createdAt = now;
    }

    public void used(Instant now) {
        usedAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    /** The type the link turns off; null for a digest link. */
    public NotificationType getType() {
        return type;
    }

    /** The digest whose types the link takes out of email; null for a type link. */
    public DigestKind getDigest() {
        return digest;
    }
}
