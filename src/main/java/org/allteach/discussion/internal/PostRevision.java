package org.allteach.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of a post that an edit replaced. */
@Entity
@Table(name = "discussion_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private long postId;

    private int revision;

    private String body;

    @Column(name = "written_at")
    private Instant writtenAt;

    @Column(name = "replaced_by")
    private long replacedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected PostRevision() {
    }

    PostRevision(long postId, int revision, String body, Instant writtenAt, long replacedBy, Instant replacedAt) {
        this.postId = postId;
        this.revision = revision;
        this.body = body;
        this.writtenAt = writtenAt;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
    }

    public int getRevision() {
        return revision;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getReplacedBy() {
        return replacedBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
