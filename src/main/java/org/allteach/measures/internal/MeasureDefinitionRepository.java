package org.allteach.measures.internal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureDefinitionRepository extends JpaRepository<MeasureDefinition, Long> {

    @EntityGraph(attributePaths = {"teamIds", "dimensionIds"})
    List<MeasureDefinition> findByCollaborativeIdOrderByNameAsc(long collaborativeId);

    @EntityGraph(attributePaths = {"teamIds", "dimensionIds"})
    @Query("select distinct m from MeasureDefinition m join m.teamIds t where t = :teamId order by m.name")
    List<MeasureDefinition> findReportedBy(long teamId);

    @Query("select count(m) from MeasureDefinition m join m.dimensionIds d where d = :dimensionId")
    long countStratifiedBy(long dimensionId);

    boolean existsByCollaborativeIdAndNameAndIdNot(long collaborativeId, String name, long id);
}
