package org.allteach.collaborative.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.collaborative.CollaborativeStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "collaborative")
public class Collaborative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "focus_area")
    private String focusArea;

    private String description;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CollaborativeStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Version
    private long version;

    protected Collaborative() {
    }

    public Collaborative(String name, String focusArea, String description, LocalDate startDate, LocalDate endDate,
                         CollaborativeStatus status, Instant now) {
        change(name, focusArea, description, startDate, endDate, status);
        this.createdAt = now;
    }

    public void change(String name, String focusArea, String description, LocalDate startDate, LocalDate endDate,
                       CollaborativeStatus status) {
        this.name = name;
        this.focusArea = focusArea;
        this.description = description;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
    }

    /** Ends the collaborative: its members become its alumni. Nothing else changes here. */
    public void close(long organiserId, Instant now) {
        this.status = CollaborativeStatus.ALUMNI;
        this.closedAt = now;
        this.closedBy = organiserId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public CollaborativeStatus getStatus() {
        return status;
    }
}
