package org.allteach.pdsa.internal;

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
import org.allteach.pdsa.ChangeIdeaStatus;

/** A change a team tests. */
@Entity
@Table(name = "pdsa_change_idea")
public class ChangeIdea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id")
    private long teamId;

    private String title;

    private String description;

    @Column(name = "from_package")
    private boolean fromPackage;

    @Column(name = "package_reference")
    private String packageReference;

    @Column(name = "package_id")
    private Long packageId;

    @Enumerated(EnumType.STRING)
    private ChangeIdeaStatus status;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ChangeIdea() {
    }

    public ChangeIdea(long teamId, long createdBy, Instant now) {
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ChangeIdeaStatus.TESTING;
    }

    public void describe(String title, String description, boolean fromPackage, String packageReference,
                         Long packageId, ChangeIdeaStatus status, Instant now) {
        this.title = title;
        this.description = description;
        this.fromPackage = fromPackage;
        this.packageReference = packageReference;
        this.packageId = packageId;
        this.status = status;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isFromPackage() {
        return fromPackage;
    }

    public String getPackageReference() {
        return packageReference;
    }

    public Long getPackageId() {
        return packageId;
    }

    public ChangeIdeaStatus getStatus() {
        return status;
    }
}
