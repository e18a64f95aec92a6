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
import org.allteach.discussion.SpaceKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where threads live; who may read it follows from its kind and its collaborative or team. */
@Entity
@Table(name = "discussion_space")
public class Space {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SpaceKind kind;

    @Column(name = "collaborative_id")
    private Long collaborativeId;

    @Column(name = "team_id")
    private Long teamId;

    private String name;

    @Column(name = "read_only")
    private boolean readOnly;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Space() {
    }

    public Space(SpaceKind kind, Long collaborativeId, Long teamId, String name, Instant now) {
        this.kind = kind;
        this.collaborativeId = collaborativeId;
        this.teamId = teamId;
        this.name = name;
        this.createdAt = now;
    }

    /** The space's collaborative has ended: members still read it, nobody writes. */
    public void archive() {
        this.readOnly = true;
    }

    public Long getId() {
        return id;
    }

    public SpaceKind getKind() {
        return kind;
    }

    public Long getCollaborativeId() {
        return collaborativeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getName() {
        return name;
    }

    public boolean isReadOnly() {
        return readOnly;
    }
}
