package org.allteach.measures.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A new phase of a team's control chart: limits recalculated from this month on (after a sustained shift). */
@Entity
@Table(name = "measure_phase")
public class MeasurePhase {

    public static final int NOTE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id")
    private long measureId;

    @Column(name = "team_id")
    private long teamId;

    @Column(name = "from_month")
    private LocalDate fromMonth;

    private String note;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected MeasurePhase() {
    }

    public MeasurePhase(long measureId, long teamId, LocalDate fromMonth, String note, long createdBy,
                        Instant createdAt) {
        this.measureId = measureId;
        this.teamId = teamId;
        this.fromMonth = fromMonth;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFromMonth() {
        return fromMonth;
    }

    public String getNote() {
        return note;
    }
}
