package org.allteach.credits.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a person completed an activity's evaluation; what they answered is stored without them. */
@Entity
@Table(name = "credit_evaluation")
public class CompletedEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected CompletedEvaluation() {
    }

    public CompletedEvaluation(long activityId, long personId, Instant submittedAt) {
        this.activityId = activityId;
        this.personId = personId;
        this.submittedAt = submittedAt;
    }
}
