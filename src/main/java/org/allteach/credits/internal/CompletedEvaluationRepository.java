package org.allteach.credits.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompletedEvaluationRepository extends JpaRepository<CompletedEvaluation, Long> {

    boolean existsByActivityIdAndPersonId(long activityId, long personId);
}
