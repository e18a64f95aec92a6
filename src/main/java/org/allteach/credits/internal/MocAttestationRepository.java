package org.allteach.credits.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MocAttestationRepository extends JpaRepository<MocAttestation, Long> {

    Optional<MocAttestation> findByActivityIdAndPersonId(long activityId, long personId);

    List<MocAttestation> findByPersonId(long personId);

    /**
     * What waits for someone who leads these teams and organises these collaboratives (never empty lists: callers pass
     * an id no row has): submitted attestations of their teams or collaboratives to co-sign, co-signed ones of their
     * collaboratives to approve, never their own. Oldest first.
     */
    @Query("""
            select a from MocAttestation a, CreditActivity c
            where c.id = a.activityId and a.personId <> :me
              and ((a.status = org.allteach.credits.AttestationStatus.SUBMITTED
                    and (a.teamId in :ledTeams or c.collaborativeId in :organised))
                or (a.status = org.allteach.credits.AttestationStatus.CO_SIGNED and c.collaborativeId in :organised))
            order by a.updatedAt asc, a.id asc""")
    List<MocAttestation> findWaitingFor(long me, Collection<Long> ledTeams, Collection<Long> organised);
}
