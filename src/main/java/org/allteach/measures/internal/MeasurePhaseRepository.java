package org.allteach.measures.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasurePhaseRepository extends JpaRepository<MeasurePhase, Long> {

    List<MeasurePhase> findByMeasureIdAndTeamIdOrderByFromMonthAsc(long measureId, long teamId);
}
