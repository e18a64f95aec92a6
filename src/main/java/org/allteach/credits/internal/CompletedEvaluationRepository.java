package org.allteach.credits.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompletedEvaluationRepository extends JpaRepository<CompletedEvaluation, Long> {

    boolean existsByActivityIdAndPersonId(long activityId, long personId);

    boolean existsByActivityId(long activityId);

    @Query("select e.activityId from CompletedEvaluation e where e.personId = :personId"
            + " and e.activityId in :activityIds")
    Set<Long> findActivityIdsEvaluatedBy(long personId, Collection<Long> activityIds);
}
