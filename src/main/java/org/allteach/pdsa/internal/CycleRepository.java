package org.allteach.pdsa.internal;

import java.util.Collection;
import java.time.Instant;
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

    /** Per team: cycles started (in progress or completed), completed, and the last change to any of them. */
    @Query("""
            select c.teamId as teamId,
                   sum(case when c.status <> org.allteach.pdsa.CycleStatus.PLANNED then 1 else 0 end) as started,
                   sum(case when c.status = org.allteach.pdsa.CycleStatus.COMPLETED then 1 else 0 end) as completed,
                   max(c.updatedAt) as lastChangedAt
            from Cycle c where c.teamId in :teamIds group by c.teamId""")
    List<TeamCycles> countByTeam(Collection<Long> teamIds);

    interface TeamCycles {
        long getTeamId();

        long getStarted();

        long getCompleted();

        Instant getLastChangedAt();
    }
}
