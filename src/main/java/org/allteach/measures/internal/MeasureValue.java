package org.allteach.measures.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team's value of a measure for a month: the total (no category) or one stratum's. */
@Entity
@Table(name = "measure_value")
public class MeasureValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id")
    private long measureId;

    @Column(name = "team_id")
    private long teamId;

    /** The first day of the month. */
    private LocalDate month;

    @Column(name = "category_id")
    private Long categoryId;

    private BigDecimal numerator;

    private BigDecimal denominator;

    private BigDecimal value;

    private boolean astronomical;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** The first save's time; corrections change only {@link #recordedAt}. */
    @Column(name = "first_recorded_at", updatable = false)
    private Instant firstRecordedAt;

    @Version
    private long version;

    protected MeasureValue() {
    }

    public MeasureValue(long measureId, long teamId, LocalDate month, Long categoryId) {
        this.measureId = measureId;
        this.teamId = teamId;
        this.month = month;
        this.categoryId = categoryId;
    }

    public void record(BigDecimal numerator, BigDecimal denominator, BigDecimal value, boolean astronomical,
                       long recordedBy, Instant recordedAt) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value;
        this.astronomical = astronomical;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        if (firstRecordedAt == null) {
            firstRecordedAt = recordedAt;
        }
    }

    public Long getId() {
        return id;
    }

    public long getMeasureId() {
        return measureId;
    }

    public long getTeamId() {
        return teamId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public boolean isAstronomical() {
        return astronomical;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
