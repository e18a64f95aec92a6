package org.allteach.credits.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationQuestionRepository extends JpaRepository<EvaluationQuestion, Long> {

    List<EvaluationQuestion> findByActivityIdOrderByPositionAsc(long activityId);

    @Modifying
    @Query("delete from EvaluationQuestion q where q.activityId = :activityId")
    void deleteByActivityId(long activityId);
}
