package org.allteach.measures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.internal.MeasureValue;

/**
 * Which stratum months are hidden beyond the team: a group smaller than the collaborative's small-number threshold,
 * and enough other groups with it that nobody finds it by subtraction.
 * <ul>
 *     <li>A group's size is its denominator (proportions, rates) or its count; a mean carries no size, so its groups
 *     are always hidden beyond the team. A group of 0 has nobody in it to recognise and is shown.</li>
 *     <li>Complementary suppression: the groups of a dimension add up to the total, which is shown, so once one group
 *     of a month is hidden the smallest shown ones are hidden with it until the hidden groups together reach the
 *     threshold (the total minus the shown groups then tells no small number).</li>
 *     <li>Across teams: a group month of the collaborative's aggregate is hidden when it is hidden for any team that
 *     reports it, since the aggregate minus the other teams' shown values would give it back; then the aggregate
 *     gets the complementary rule of its own.</li>
 * </ul>
 */
final class SmallNumbers {

    /** A group (category) in a month. */
    record Cell(long categoryId, YearMonth month) {
    }

    private SmallNumbers() {
    }

    /**
     * The cells to hide for rows of one or more teams; nothing when the threshold is 0 (the viewer is in the team).
     *
     * @param rows the measure's values (totals and groups) of the teams charted together
     */
    static Set<Cell> hidden(Collection<MeasureValue> rows, List<Dimension> dimensions, DataKind kind, int threshold) {
        if (threshold <= 0) {
            return Set.of();
        }
        Map<Long, Dimension> dimensionOf = new HashMap<>();
        dimensions.forEach(d -> d.categories().forEach(c -> dimensionOf.put(c.id(), d)));
        Set<Cell> hidden = new HashSet<>();
        Map<Cell, Double> aggregate = new HashMap<>();
        rows.stream().filter(row -> row.getCategoryId() != null && dimensionOf.containsKey(row.getCategoryId()))
                .collect(Collectors.groupingBy(MeasureValue::getTeamId)).values().forEach(ofTeam -> {
                    Map<Cell, Double> sizes = new HashMap<>();
                    ofTeam.forEach(row -> sizes.put(cell(row), size(row, kind)));
                    hidden.addAll(complement(sizes, dimensionOf, threshold, Set.of()));
                    sizes.forEach((cell, size) -> aggregate.merge(cell, size, Double::sum));
                });
        return complement(aggregate, dimensionOf, threshold, hidden);
    }

    /** The cells below the threshold (or already hidden), with enough of their dimension's month to protect them. */
    private static Set<Cell> complement(Map<Cell, Double> sizes, Map<Long, Dimension> dimensionOf, int threshold,
                                        Set<Cell> alreadyHidden) {
        Set<Cell> hidden = new HashSet<>();
        sizes.keySet().stream().collect(Collectors.groupingBy(cell -> new DimensionMonth(
                dimensionOf.get(cell.categoryId()).id(), cell.month()))).values().forEach(group -> {
                    List<Cell> shown = new ArrayList<>();
                    double hiddenSize = 0;
                    boolean any = false;
                    for (Cell cell : group) {
                        double size = sizes.get(cell);
                        if (alreadyHidden.contains(cell) || Double.isNaN(size) || size > 0 && size < threshold) {
                            hidden.add(cell);
                            hiddenSize += size;
                            any = true;
                        } else if (size > 0) {
                            shown.add(cell);
                        }
                    }
                    shown.sort(Comparator.comparingDouble(sizes::get));
                    for (int i = 0; any && hiddenSize < threshold && i < shown.size(); i++) {
                        hidden.add(shown.get(i));
                        hiddenSize += sizes.get(shown.get(i));
                    }
                });
        return hidden;
    }

    private record DimensionMonth(long dimensionId, YearMonth month) {
    }

    private static Cell cell(MeasureValue row) {
        return new Cell(row.getCategoryId(), YearMonth.from(row.getMonth()));
    }

    /** The number of people or events a group month stands for; NaN for a mean, which does not say. */
    private static double size(MeasureValue row, DataKind kind) {
        BigDecimal size = switch (kind) {
            case PROPORTION, RATE -> row.getDenominator();
            case COUNT -> row.getValue();
            case MEAN -> null;
        };
        return size == null ? Double.NaN : size.doubleValue();
    }
}
