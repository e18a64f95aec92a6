package org.allteach.pdsa.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a cycle; withdrawing only marks it. */
@Entity
@Table(name = "pdsa_comment")
public class CycleComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private long cycleId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected CycleComment() {
    }

    public CycleComment(long cycleId, long authorId, String body, String bodyHtml, Instant now) {
        this.cycleId = cycleId;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
    }

    public void edit(String body, String bodyHtml, Instant now) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.editedAt = now;
    }

    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getCycleId() {
        return cycleId;
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

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
