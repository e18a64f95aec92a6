package org.allteach.measures.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.measures.analysis.RunRules;

/** A collaborative's measuring settings: the small-number threshold and the run-chart rules. */
@Entity
@Table(name = "measure_settings")
public class MeasureSettings {

    public static final int DEFAULT_SMALL_NUMBER_THRESHOLD = 11;

    @Id
    @Column(name = "collaborative_id")
    private long collaborativeId;

    @Column(name = "small_number_threshold")
    private int smallNumberThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_rules")
    private RunRules runRules;

    protected MeasureSettings() {
    }

    public MeasureSettings(long collaborativeId) {
        this.collaborativeId = collaborativeId;
        this.smallNumberThreshold = DEFAULT_SMALL_NUMBER_THRESHOLD;
        this.runRules = RunRules.IHI;
    }

    public void change(int smallNumberThreshold, RunRules runRules) {
        this.smallNumberThreshold = smallNumberThreshold;
        this.runRules = runRules;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public int getSmallNumberThreshold() {
        return smallNumberThreshold;
    }

    public RunRules getRunRules() {
        return runRules;
    }
}
