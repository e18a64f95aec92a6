package org.allteach.collaborative.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Locks the invitation so that two clicks on the same link cannot both accept it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    List<Invitation> findByCollaborativeIdOrderByCreatedAtDesc(long collaborativeId, Pageable pageable);

    long countByCollaborativeId(long collaborativeId);

    /** Makes the pending invitations of an address to a team (or as organiser) expire now. */
    @Modifying
    @Query("""
            update Invitation i set i.expiresAt = :now
            where i.collaborativeId = :collaborativeId and i.email = :email and i.acceptedAt is null
              and i.expiresAt > :now
              and ((:teamId is null and i.teamId is null) or i.teamId = :teamId)""")
    int retirePending(long collaborativeId, String email, Long teamId, Instant now);
}
