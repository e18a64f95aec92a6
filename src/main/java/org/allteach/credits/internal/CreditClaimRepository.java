package org.allteach.credits.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CreditClaimRepository extends JpaRepository<CreditClaim, Long> {

    List<CreditClaim> findByActivityIdAndPersonId(long activityId, long personId);

    boolean existsByActivityIdAndPersonId(long activityId, long personId);

    List<CreditClaim> findByPersonIdAndActivityIdIn(long personId, Collection<Long> activityIds);

    @Query("select distinct c.personId from CreditClaim c where c.activityId = :activityId")
    Set<Long> findClaimantIds(long activityId);
}
