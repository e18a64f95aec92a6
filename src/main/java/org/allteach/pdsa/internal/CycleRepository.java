package org.allteach.pdsa.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

    /** A team's cycles without their links, for the ramps (one query). */
    List<Cycle> findByTeamIdOrderByNumberAsc(long teamId);

    @Query("select coalesce(max(c.number), 0) from Cycle c where c.teamId = :teamId")
    int lastNumber(long teamId);

    Optional<Cycle> findByPreviousCycleId(long previousCycleId);

    @Query("select c from Cycle c join c.measureIds m where c.teamId = :teamId and m = :measureId order by c.number")
    List<Cycle> findLinkedToMeasure(long teamId, long measureId);
}
