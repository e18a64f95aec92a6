package org.allteach.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.allteach.notification.NotificationType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item in a person's bell; items of one group merge while unread (see the migration V23). */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int BODY_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NotificationType type;

    /** What happened, without the actors; the title is the actors' names and this. */
    private String action;
    private String title;
    private String body;
    private String link;

    @Column(name = "group_key")
    private String groupKey;

    @ElementCollection
    @CollectionTable(name = "notification_actor", joinColumns = @JoinColumn(name = "notification_id"))
    @OrderBy("addedAt")
    private List<Actor> actors = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "digest_id")
    private Long digestId;

    /** The source event that created the item (a grouped item keeps its first). */
    @Column(name = "source_key", updatable = false)
    private String sourceKey;

    protected Notification() {
    }

    public Notification(long recipientId, NotificationType type, String action, String body, String link,
                        String groupKey, String sourceKey, Instant now) {
        this.recipientId = recipientId;
        this.sourceKey = sourceKey;
        this.type = type;
        this.action = cut(action, 300);
        this.title = this.action;
        this.body = cut(body, BODY_LENGTH);
        this.link = link;
        this.groupKey = groupKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Adds who did it (once per person) and brings the item back to the top with the newest text. */
    public void happenedAgain(Long actorId, String newAction, String newBody, Instant now) {
        if (actorId != null && actors.stream().noneMatch(actor -> actor.personId == actorId)) {
            actors.add(new Actor(actorId, now));
        }
        this.action = cut(newAction, 300);
        this.body = cut(newBody, BODY_LENGTH);
        this.updatedAt = now;
        // a grouped item that changed is news again for a digest
        this.emailedAt = null;
        this.digestId = null;
    }

    public void retitle(String title) {
        this.title = cut(title, 400);
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void markEmailed(Instant now) {
        emailedAt = now;
    }

    /** The people who did it, first one first. */
    public List<Long> actorIds() {
        return actors.stream().map(actor -> actor.personId).toList();
    }

    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationType getType() {
        return type;
    }

    public String getAction() {
        return action;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    @Embeddable
    public static class Actor {

        @Column(name = "person_id")
        private long personId;

        @Column(name = "added_at")
        private Instant addedAt;

        protected Actor() {
        }

        Actor(long personId, Instant addedAt) {
            this.personId = personId;
            this.addedAt = addedAt;
        }
    }
}
