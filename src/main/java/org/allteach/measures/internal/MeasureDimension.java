package org.allteach.measures.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stratification dimension of a collaborative (race, ethnicity, preferred language). */
@Entity
@Table(name = "measure_dimension")
public class MeasureDimension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    private String name;

    private int position;

    @Column(name = "reference_category_id")
    private Long referenceCategoryId;

    protected MeasureDimension() {
    }

    public MeasureDimension(long collaborativeId, String name, int position) {
        this.collaborativeId = collaborativeId;
        this.name = name;
        this.position = position;
    }

    public void setReferenceCategoryId(Long referenceCategoryId) {
        this.referenceCategoryId = referenceCategoryId;
    }

    public Long getId() {
        return id;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public Long getReferenceCategoryId() {
        return referenceCategoryId;
    }
}
