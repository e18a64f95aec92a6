package org.allteach.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A thread and the counters its list needs, kept up to date as posts arrive so lists never count posts. */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "category_id")
    private long categoryId;

    private String title;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_posted_at")
    private Instant lastPostedAt;

    @Column(name = "last_poster_id")
    private long lastPosterId;

    @Column(name = "post_count")
    private int postCount;

    private boolean pinned;

    private boolean locked;

    @Column(name = "solution_post_id")
    private Long solutionPostId;

    @Version
    private long version;

    protected DiscussionThread() {
    }

    public DiscussionThread(long spaceId, long categoryId, String title, long authorId, Instant now) {
        this.spaceId = spaceId;
        this.categoryId = categoryId;
        this.title = title;
        this.authorId = authorId;
        this.createdAt = now;
        this.lastPostedAt = now;
        this.lastPosterId = authorId;
    }

    /** Takes the next post number; call with the thread row locked so numbers never collide. */
    public int nextPost(long posterId, Instant now) {
        postCount++;
        lastPostedAt = now;
        lastPosterId = posterId;
        return postCount;
    }

    public void moveTo(long categoryId) {
        this.categoryId = categoryId;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void setSolutionPostId(Long solutionPostId) {
        this.solutionPostId = solutionPostId;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getTitle() {
        return title;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastPostedAt() {
        return lastPostedAt;
    }

    public int getPostCount() {
        return postCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public Long getSolutionPostId() {
        return solutionPostId;
    }
}
