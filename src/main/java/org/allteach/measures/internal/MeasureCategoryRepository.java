package org.allteach.measures.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureCategoryRepository extends JpaRepository<MeasureCategory, Long> {

    List<MeasureCategory> findByDimensionIdOrderByPositionAsc(long dimensionId);

    List<MeasureCategory> findByDimensionIdInOrderByDimensionIdAscPositionAsc(Collection<Long> dimensionIds);
}
