package org.allteach.identity.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PasswordResetToken t where t.tokenHash = :tokenHash")
    Optional<PasswordResetToken> lockByTokenHash(String tokenHash);

    boolean existsByPersonIdAndCreatedAtAfter(long personId, Instant since);

    /** Once a password is reset, the person's other outstanding links stop working too. */
    @Modifying
    @Query("update PasswordResetToken t set t.usedAt = :now where t.personId = :personId and t.usedAt is null")
    int markAllUsed(long personId, Instant now);
}
