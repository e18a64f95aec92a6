package org.allteach.credits.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One anonymous answer: no person, no time and a random key (so neither can match it to the completion record).
 */
@Entity
@Table(name = "credit_evaluation_answer")
public class EvaluationAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private String id;

    @Column(name = "question_id")
    private long questionId;

    private Integer rating;

    private String answer;

    protected EvaluationAnswer() {
    }

    public EvaluationAnswer(long questionId, Integer rating, String answer) {
        this.questionId = questionId;
        this.rating = rating;
        this.answer = answer;
    }
}
