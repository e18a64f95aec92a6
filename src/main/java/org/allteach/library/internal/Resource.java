package org.allteach.library.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A library resource. Deleting only marks it, so its history and files stay for the record. */
@Entity
@Table(name = "library_resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ResourceKind kind;

    private String title;

    private String summary;

    @Column(name = "summary_html")
    private String summaryHtml;

    @Column(name = "focus_area")
    private String focusArea;

    private String licence;

    private Integer year;

    private String link;

    /** Authors from outside the portal, as written; people and teams of the portal are in library_resource_author. */
    @Column(name = "other_authors")
    private String otherAuthors;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Visibility visibility;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "copied_from")
    private Long copiedFrom;

    @Version
    private long version;

    protected Resource() {
    }

    public Resource(long collaborativeId, long createdBy, Instant now) {
        this.collaborativeId = collaborativeId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(ResourceKind kind, String title, String summary, String summaryHtml, String focusArea,
                         Integer year, String licence, String link, Visibility visibility, Long teamId, Instant now) {
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.summaryHtml = summaryHtml;
        this.focusArea = focusArea;
        this.year = year;
        this.licence = licence;
        this.link = link;
        this.visibility = visibility;
        this.teamId = teamId;
        this.updatedAt = now;
    }

    public void credit(String otherAuthors) {
        this.otherAuthors = otherAuthors;
    }

    public String getOtherAuthors() {
        return otherAuthors;
    }

    /** A copy made when a collaborative started from a previous one's library; it changes on its own from here. */
    public void copiedFrom(long originalId) {
        this.copiedFrom = originalId;
    }

    public Long getCopiedFrom() {
        return copiedFrom;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void delete(Instant now) {
        this.deletedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryHtml() {
        return summaryHtml;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public String getLicence() {
        return licence;
    }

    public Integer getYear() {
        return year;
    }

    public String getLink() {
        return link;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Long getTeamId() {
        return teamId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
