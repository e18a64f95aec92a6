package org.allteach.credits.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.credits.EvaluationItem;

@Entity
@Table(name = "credit_evaluation_question")
public class EvaluationQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    private int position;

    @Enumerated(EnumType.STRING)
    private EvaluationItem.Kind kind;

    private String text;

    protected EvaluationQuestion() {
    }

    public EvaluationQuestion(long activityId, int position, EvaluationItem.Kind kind, String text) {
        this.activityId = activityId;
        this.position = position;
        this.kind = kind;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public EvaluationItem.Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public EvaluationItem toItem() {
        return new EvaluationItem(id, kind, text);
    }
}
