package org.allteach.credits.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditClaimRepository extends JpaRepository<CreditClaim, Long> {

    List<CreditClaim> findByActivityIdAndPersonId(long activityId, long personId);

    boolean existsByActivityIdAndPersonId(long activityId, long personId);
}
