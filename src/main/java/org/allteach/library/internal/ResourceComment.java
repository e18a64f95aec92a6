package org.allteach.library.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a resource. Removing only marks it, and who removed it (its author or an organiser). */
@Entity
@Table(name = "library_comment")
public class ResourceComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_id")
    private long resourceId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    protected ResourceComment() {
    }

    public ResourceComment(long resourceId, long authorId, String body, String bodyHtml, Instant now) {
        this.resourceId = resourceId;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
    }

    public void remove(long by, Instant now) {
        if (removedAt == null) {
            this.removedAt = now;
            this.removedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public long getResourceId() {
        return resourceId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long getRemovedBy() {
        return removedBy;
    }
}
