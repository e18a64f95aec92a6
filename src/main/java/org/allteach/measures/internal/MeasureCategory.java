package org.allteach.measures.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of a stratification dimension ("Spanish" of "Preferred language"). */
@Entity
@Table(name = "measure_category")
public class MeasureCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dimension_id")
    private long dimensionId;

    private String label;

    private int position;

    protected MeasureCategory() {
    }

    public MeasureCategory(long dimensionId, String label, int position) {
        this.dimensionId = dimensionId;
        this.label = label;
        this.position = position;
    }

    public void rename(String label) {
        this.label = label;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getDimensionId() {
        return dimensionId;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
