package org.allteach.measures.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.measures.MeasureType;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;

/** A measure of a collaborative, the teams that report it and the dimensions it is stratified by. */
@Entity
@Table(name = "measure_definition")
public class MeasureDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_type")
    private MeasureType type;

    @Enumerated(EnumType.STRING)
    private DataKind kind;

    @Column(name = "rate_per")
    private Integer ratePer;

    private String unit;

    @Column(name = "operational_definition")
    private String operationalDefinition;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private BigDecimal goal;

    @Column(name = "baseline_points")
    private int baselinePoints;

    @ElementCollection
    @CollectionTable(name = "measure_team", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "measure_stratification", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "dimension_id")
    private Set<Long> dimensionIds = new HashSet<>();

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected MeasureDefinition() {
    }

    public MeasureDefinition(long collaborativeId, long createdBy, Instant now) {
        this.collaborativeId = collaborativeId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String name, MeasureType type, DataKind kind, Integer ratePer, String unit,
                         String operationalDefinition, Direction direction, BigDecimal goal, int baselinePoints,
                         Set<Long> teamIds, Set<Long> dimensionIds, Instant now) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.ratePer = ratePer;
        this.unit = unit;
        this.operationalDefinition = operationalDefinition;
        this.direction = direction;
        this.goal = goal;
        this.baselinePoints = baselinePoints;
        this.teamIds.clear();
        this.teamIds.addAll(teamIds);
        this.dimensionIds.clear();
        this.dimensionIds.addAll(dimensionIds);
        this.updatedAt = now;
    }

    public boolean isNew() {
        return id == null;
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

    public MeasureType getType() {
        return type;
    }

    public DataKind getKind() {
        return kind;
    }

    public Integer getRatePer() {
        return ratePer;
    }

    public String getUnit() {
        return unit;
    }

    public String getOperationalDefinition() {
        return operationalDefinition;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getGoal() {
        return goal;
    }

    public int getBaselinePoints() {
        return baselinePoints;
    }

    public Set<Long> getTeamIds() {
        return Set.copyOf(teamIds);
    }

    public Set<Long> getDimensionIds() {
        return Set.copyOf(dimensionIds);
    }
}
