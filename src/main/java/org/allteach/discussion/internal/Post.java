package org.allteach.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One post. The sanitised HTML is stored beside the Markdown so that showing a page of a long thread renders
 * nothing. Withdrawing and hiding keep the text: moderators can restore it.
 */
@Entity
@Table(name = "discussion_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id")
    private long threadId;

    private int number;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "reply_to_number")
    private Integer replyToNumber;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edit_count")
    private int editCount;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private long version;

    protected Post() {
    }

    public Post(long threadId, int number, long authorId, String body, String bodyHtml, Integer replyToNumber,
                Instant now) {
        this.threadId = threadId;
        this.number = number;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.replyToNumber = replyToNumber;
        this.createdAt = now;
    }

    /** Replaces the text and returns the version it replaced, for the history. */
    public PostRevision edit(String newBody, String newHtml, long editorId, Instant now) {
        PostRevision previous = new PostRevision(id, editCount + 1, body, editedAt == null ? createdAt : editedAt,
                editorId, now);
        body = newBody;
        bodyHtml = newHtml;
        editedAt = now;
        editCount++;
        return previous;
    }

    public void withdraw(long byPersonId, Instant now) {
        withdrawnAt = now;
        withdrawnBy = byPersonId;
    }

    public void hide(Instant now) {
        hiddenAt = now;
    }

    /** Puts a withdrawn or hidden post back. */
    public void restore() {
        withdrawnAt = null;
        withdrawnBy = null;
        hiddenAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public int getNumber() {
        return number;
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

    public Integer getReplyToNumber() {
        return replyToNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public int getEditCount() {
        return editCount;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }
}
