package org.allteach.measures.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdAndTeamIdAndMonth(long measureId, long teamId, LocalDate month);

    List<MeasureValue> findByMeasureIdAndTeamIdOrderByMonthAsc(long measureId, long teamId);

    List<MeasureValue> findByMeasureIdOrderByMonthAsc(long measureId);

    boolean existsByMeasureId(long measureId);
}
