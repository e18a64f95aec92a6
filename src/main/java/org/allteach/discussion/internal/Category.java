package org.allteach.discussion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.discussion.CategoryKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "discussion_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CategoryKind kind;

    private String name;

    private String description;

    private int position;

    protected Category() {
    }

    public Category(long spaceId, CategoryKind kind) {
        this.spaceId = spaceId;
        this.kind = kind;
        this.name = kind.label();
        this.description = kind.description();
        this.position = kind.ordinal() + 1;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public CategoryKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
