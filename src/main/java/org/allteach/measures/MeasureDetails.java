package org.allteach.measures;

import java.math.BigDecimal;
import java.util.Set;

import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;

/**
 * What an organiser fills in to define a measure.
 *
 * @param ratePer        for a rate, the units of denominator it is counted per (1,000 visits); null otherwise
 * @param unit           what a count or mean counts ("days", "mmHg"), optional
 * @param goal           the value aimed for, in the measure's own terms (a proportion as 0..1), optional
 * @param baselinePoints the months the baseline median and limits are computed on
 * @param teamIds        the teams that report it
 * @param dimensionIds   the dimensions it is stratified by
 */
public record MeasureDetails(long collaborativeId, String name, MeasureType type, DataKind kind, Integer ratePer,
                             String unit, String operationalDefinition, Direction direction, BigDecimal goal,
                             int baselinePoints, Set<Long> teamIds, Set<Long> dimensionIds) {

    public MeasureDetails {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        dimensionIds = dimensionIds == null ? Set.of() : Set.copyOf(dimensionIds);
    }
}
