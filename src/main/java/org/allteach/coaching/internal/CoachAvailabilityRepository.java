package org.allteach.coaching.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CoachAvailabilityRepository extends JpaRepository<CoachAvailability, Long> {

    /**
     * Reads a coach's settings and locks the row until the transaction ends ({@code SELECT ... FOR UPDATE}):
     * a second booking with the same coach waits here until the first has committed or rolled back.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CoachAvailability a where a.coachId = :coachId")
    Optional<CoachAvailability> lockByCoachId(long coachId);

    @Query("select a.coachId from CoachAvailability a where a.coachId in :coachIds")
    List<Long> findBookableAmong(Collection<Long> coachIds);
}
