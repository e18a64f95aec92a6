package org.allteach.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.discussion.FlagReason;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member's report that a post needs a moderator's eyes. */
@Entity
@Table(name = "discussion_flag")
public class Flag {

    public enum Resolution { KEPT, HIDDEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private long postId;

    @Column(name = "flagger_id")
    private long flaggerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private FlagReason reason;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Resolution resolution;

    protected Flag() {
    }

    public Flag(long postId, long flaggerId, FlagReason reason, String note, Instant now) {
        this.postId = postId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.note = note;
        this.createdAt = now;
    }

    public void resolve(Resolution resolution, long moderatorId, Instant now) {
        this.resolution = resolution;
        this.resolvedBy = moderatorId;
        this.resolvedAt = now;
    }

    public long getPostId() {
        return postId;
    }

    public long getFlaggerId() {
        return flaggerId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
