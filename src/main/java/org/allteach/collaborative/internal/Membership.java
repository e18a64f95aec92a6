package org.allteach.collaborative.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.collaborative.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's role in a collaborative, in a team or (organisers) across it. The person is referenced by id. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(long personId, long collaborativeId, Long teamId, Role role, Instant now) {
        this.personId = personId;
        this.collaborativeId = collaborativeId;
        this.teamId = teamId;
        this.role = role;
        this.createdAt = now;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Role getRole() {
        return role;
    }
}
