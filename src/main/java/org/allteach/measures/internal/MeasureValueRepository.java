package org.allteach.measures.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdAndTeamIdAndMonth(long measureId, long teamId, LocalDate month);

    List<MeasureValue> findByMeasureIdAndTeamIdOrderByMonthAsc(long measureId, long teamId);

    List<MeasureValue> findByMeasureIdOrderByMonthAsc(long measureId);

    boolean existsByMeasureId(long measureId);

    /** How many months have values in each of the categories (those with none are absent). */
    @Query("select v.categoryId as categoryId, count(distinct v.month) as months from MeasureValue v "
            + "where v.categoryId in :categoryIds group by v.categoryId")
    List<CategoryMonths> countMonthsByCategory(Collection<Long> categoryIds);

    /** A category and the number of months with values in it. */
    interface CategoryMonths {

        Long getCategoryId();

        long getMonths();
    }

    /**
     * Per team and month from {@code from}: how many of the collaborative's measures have a total, when the first of
     * them was first recorded (a later correction does not move it) and when the last save was.
     */
    @Query("""
            select new org.allteach.measures.internal.MeasureValueRepository$TeamMonth(v.teamId, v.month,
                   count(distinct v.measureId), min(v.firstRecordedAt), max(v.recordedAt))
            from MeasureValue v join MeasureDefinition d on d.id = v.measureId
            where d.collaborativeId = :collaborativeId and v.categoryId is null and v.month >= :from
            group by v.teamId, v.month""")
    List<TeamMonth> reportedByTeamAndMonth(long collaborativeId, LocalDate from);

    record TeamMonth(long teamId, LocalDate month, long measures, Instant firstRecordedAt, Instant lastRecordedAt) {
    }
}
