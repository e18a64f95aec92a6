package org.allteach.measures.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureDimensionRepository extends JpaRepository<MeasureDimension, Long> {

    List<MeasureDimension> findByCollaborativeIdOrderByPositionAsc(long collaborativeId);
}
