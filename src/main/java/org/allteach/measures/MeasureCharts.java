package org.allteach.measures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allteach.measures.analysis.Baseline;
import org.allteach.measures.analysis.ChartType;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Gaps;
import org.allteach.measures.analysis.Phase;
import org.allteach.measures.analysis.Point;
import org.allteach.measures.analysis.RunChart;
import org.allteach.measures.analysis.RunChartResult;
import org.allteach.measures.analysis.RunRules;
import org.allteach.measures.analysis.Series;
import org.allteach.measures.analysis.SignalWords;
import org.allteach.measures.analysis.Spc;
import org.allteach.measures.analysis.SpcResult;
import org.allteach.measures.internal.MeasureDefinition;
import org.allteach.measures.internal.MeasureDefinitionRepository;
import org.allteach.measures.internal.MeasureSettings;
import org.allteach.measures.internal.MeasureSettingsRepository;
import org.allteach.measures.internal.MeasureValue;
import org.allteach.measures.internal.MeasureValueRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a measure's charts show: the series read from the values, analysed by the collaborative's run-chart rules and
 * the suggested Shewhart chart, each stratum's series and its gap to the reference group, and the signals in words.
 * Group months that are small, or that would give a small one away by subtraction, are left out of what is shown
 * beyond the team (its coach, the organisers, the collaborative's aggregate), with the reason: see {@link SmallNumbers}.
 */
@Service
public class MeasureCharts {

    private final MeasureDefinitionRepository definitions;
    private final MeasureValueRepository values;
    private final MeasureSettingsRepository settings;
    private final Strata strata;
    private final MeasureData data;
    private final Measures measures;

    MeasureCharts(MeasureDefinitionRepository definitions, MeasureValueRepository values,
                  MeasureSettingsRepository settings, Strata strata, MeasureData data, Measures measures) {
        this.data = data;
        this.measures = measures;
        this.definitions = definitions;
        this.values = values;
        this.settings = settings;
        this.strata = strata;
    }

    /** A series as charted, with its analyses and the months left out of it and why. */
    public record Analysed(String name, Series series, RunChartResult runChart, SpcResult spc,
                           List<String> signals, List<YearMonth> suppressed) {
    }

    /** How a stratum's gap to the reference group is measured. */
    public enum GapForm {
        /** Stratum minus reference, in the measure's units; closed at 0. */
        DIFFERENCE,
        /** Stratum divided by reference; closed at 1. */
        RATIO
    }

    /**
     * One stratum's series, and its gap to the reference group in both forms, each read with the same rules as the
     * measure. The reference group itself has no gap; a count has none (its groups differ in size, not only in
     * performance); a ratio is missing where it means nothing (see {@link MeasureCharts#hasRatio}).
     *
     * @param referenceCategory the label of the group the gap is measured against, or null when the dimension has none
     */
    public record Stratum(String dimension, String category, boolean reference, String referenceCategory,
                          Analysed values, Analysed difference, Analysed ratio) {

        /** The gap in the form asked for, or null when there is none. */
        public Analysed gap(GapForm form) {
            return form == GapForm.RATIO ? ratio : difference;
        }
    }

    /**
     * A measure's chart for a team or for the collaborative.
     *
     * @param suppressionThreshold strata months with a smaller denominator are in {@code suppressed}, not in the
     *                             series (0 when the viewer is in the team and sees everything)
     */
    public record MeasureChart(MeasureView measure, String scope, Analysed total, List<Stratum> strata,
                               int suppressionThreshold) {
    }

    /** A team's chart: for its members in full; for its coach and the organisers with small strata left out. */
    @Transactional(readOnly = true)
    public MeasureChart teamChart(long measureId, long teamId, Locale locale) {
        MeasureDefinition measure = data.reported(measureId, teamId);
        int threshold = data.isInTeam(teamId) ? 0 : data.smallNumberThreshold(measure.getCollaborativeId());
        return chart(measure, "team", values.findByMeasureIdAndTeamIdOrderByMonthAsc(measureId, teamId), threshold,
                data.phases(measureId, teamId).stream().map(Phase::new).toList(), locale);
    }

    /**
     * The collaborative's chart: every reporting team's values added up by month, small strata left out. For the
     * collaborative's coaches and organisers.
     */
    @Transactional(readOnly = true)
    public MeasureChart collaborativeChart(long measureId, Locale locale) {
        MeasureDefinition measure = definitions.findById(measureId)
                .filter(m -> measures.mayCompareTeams(m.getCollaborativeId()))
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        List<MeasureValue> all = reportingTeamsOnly(measure, values.findByMeasureIdOrderByMonthAsc(measureId));
        return chart(measure, "collaborative", all, data.smallNumberThreshold(measure.getCollaborativeId()),
                List.of(), locale);
    }

    /**
     * The rows of the teams that report the measure now. A count or a mean added up across teams drops when a team
     * has not reported yet, which the rules would read as a signal, so those months are left out until every team
     * has reported them; a proportion or rate pools what was reported.
     */
    private static List<MeasureValue> reportingTeamsOnly(MeasureDefinition measure, List<MeasureValue> rows) {
        Set<Long> teams = measure.getTeamIds();
        List<MeasureValue> reporting = rows.stream().filter(row -> teams.contains(row.getTeamId())).toList();
        if (measure.getKind() == DataKind.PROPORTION || measure.getKind() == DataKind.RATE) {
            return reporting;
        }
        Map<YearMonth, Long> teamsReported = reporting.stream().filter(row -> row.getCategoryId() == null)
                .collect(Collectors.groupingBy(row -> YearMonth.from(row.getMonth()), Collectors.counting()));
        return reporting.stream().filter(row -> teamsReported.getOrDefault(YearMonth.from(row.getMonth()), 0L)
                == teams.size()).toList();
    }

    /** The collaborative's run-chart rules and the measure's baseline, for every series of one chart. */
    private record Reading(RunRules rules, Baseline baseline, Locale locale) {
    }

    private MeasureChart chart(MeasureDefinition measure, String scope, List<MeasureValue> rows, int threshold,
                               List<Phase> phases, Locale locale) {
        Map<Long, List<MeasureValue>> byCategory = rows.stream().collect(Collectors.groupingBy(
                row -> row.getCategoryId() == null ? 0L : row.getCategoryId()));
        Reading reading = new Reading(settings.findById(measure.getCollaborativeId()).map(MeasureSettings::getRunRules)
                .orElse(RunRules.IHI), new Baseline(measure.getBaselinePoints()), locale);
        List<Dimension> dimensions = this.strata.read(measure.getCollaborativeId()).stream()
                .filter(dimension -> measure.getDimensionIds().contains(dimension.id())).toList();
        Set<SmallNumbers.Cell> hidden = SmallNumbers.hidden(rows, dimensions, measure.getKind(), threshold);
        Analysed total = analyse(measure, measure.getName(), byCategory.getOrDefault(0L, List.of()), Set.of(),
                reading, phases);
        List<Stratum> strata = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            Analysed reference = dimension.referenceCategoryId() == null ? null : analyse(measure,
                    dimension.name() + ": reference", byCategory.getOrDefault(dimension.referenceCategoryId(),
                            List.of()), hidden, reading, List.of());
            for (Dimension.Category category : dimension.categories()) {
                List<MeasureValue> of = byCategory.getOrDefault(category.id(), List.of());
                if (of.isEmpty()) {
                    continue;
                }
                Analysed analysed = analyse(measure, dimension.name() + ": " + category.label(), of, hidden,
                        reading, List.of());
                boolean isReference = Long.valueOf(category.id()).equals(dimension.referenceCategoryId());
                String referenceLabel = dimension.referenceCategoryId() == null ? null
                        : label(dimension, dimension.referenceCategoryId());
                Analysed difference = null;
                Analysed ratio = null;
                if (reference != null && !isReference && measure.getKind() != DataKind.COUNT) {
                    GapWords words = new GapWords(category.label(), referenceLabel);
                    difference = analysedSeries("Gap: " + category.label() + " minus " + referenceLabel,
                            Gaps.difference(analysed.series(), reference.series(), reading.baseline()), List.of(),
                            reading, List.of(), words);
                    if (hasRatio(analysed.series(), reference.series())) {
                        ratio = analysedSeries("Ratio: " + category.label() + " to " + referenceLabel,
                                Gaps.ratio(analysed.series(), reference.series(), reading.baseline()), List.of(),
                                reading, List.of(), words);
                    }
                }
                strata.add(new Stratum(dimension.name(), category.label(), isReference, referenceLabel, analysed,
                        difference, ratio));
            }
        }
        return new MeasureChart(Measures.view(measure), scope, total, strata, threshold);
    }

    /**
     * Whether "how many times the reference group's value" means something. For a proportion it is the relative
     * risk, for a rate the rate ratio, the usual relative disparity measures. A mean has a ratio only on a ratio
     * scale, where 0 means none of it (days to an appointment, length of stay): a mean with a value of 0 or below
     * (a change score, a balance) would give ratios that flip sign or explode, so it keeps the difference alone.
     */
    static boolean hasRatio(Series stratum, Series reference) {
        return switch (stratum.kind()) {
            case PROPORTION, RATE -> true;
            case COUNT -> false;
            case MEAN -> Stream.of(stratum, reference).flatMap(s -> s.points().stream())
                    .allMatch(p -> p.value() > 0);
        };
    }

    private static String label(Dimension dimension, Long categoryId) {
        return dimension.categories().stream().filter(c -> Long.valueOf(c.id()).equals(categoryId)).findFirst()
                .map(Dimension.Category::label).orElse("reference");
    }

    /** The months of the rows (added up across teams), without the hidden group months. */
    private Analysed analyse(MeasureDefinition measure, String name, Collection<MeasureValue> rows,
                             Set<SmallNumbers.Cell> hidden, Reading reading, List<Phase> phases) {
        Map<YearMonth, List<MeasureValue>> byMonth = new TreeMap<>(rows.stream().collect(Collectors.groupingBy(
                row -> YearMonth.from(row.getMonth()))));
        List<Point> points = new ArrayList<>();
        List<YearMonth> suppressed = new ArrayList<>();
        boolean ratio = measure.getKind() == DataKind.PROPORTION || measure.getKind() == DataKind.RATE;
        byMonth.forEach((month, ofMonth) -> {
            Long categoryId = ofMonth.getFirst().getCategoryId();
            if (categoryId != null && hidden.contains(new SmallNumbers.Cell(categoryId, month))) {
                suppressed.add(month);
                return;
            }
            if (ratio) {
                double numerator = sum(ofMonth.stream().map(MeasureValue::getNumerator).toList());
                double denominator = sum(ofMonth.stream().map(MeasureValue::getDenominator).toList());
                Point point = measure.getKind() == DataKind.PROPORTION ? Point.proportion(month, numerator,
                        denominator) : Point.rate(month, numerator, denominator, measure.getRatePer());
                points.add(point.markedAstronomical(ofMonth.size() == 1 && ofMonth.getFirst().isAstronomical()));
            } else {
                double value = measure.getKind() == DataKind.COUNT
                        ? sum(ofMonth.stream().map(MeasureValue::getValue).toList())
                        : sum(ofMonth.stream().map(MeasureValue::getValue).toList()) / ofMonth.size();
                points.add(Point.of(month, value).markedAstronomical(ofMonth.size() == 1
                        && ofMonth.getFirst().isAstronomical()));
            }
        });
        Series series = new Series(points, measure.getKind(), measure.getDirection(),
                measure.getRatePer() == null ? 1 : measure.getRatePer());
        return analysedSeries(name, series, suppressed, reading, phases);
    }

    /** Which stratum a gap series belongs to and which group it is measured against, for its words. */
    private record GapWords(String stratum, String reference) {
    }

    private Analysed analysedSeries(String name, Series series, List<YearMonth> suppressed, Reading reading,
                                    List<Phase> phases) {
        return analysedSeries(name, series, suppressed, reading, phases, null);
    }

    private Analysed analysedSeries(String name, Series series, List<YearMonth> suppressed, Reading reading,
                                    List<Phase> phases, GapWords gap) {
        Locale locale = reading.locale();
        RunChartResult run = RunChart.analyse(series, reading.baseline(), reading.rules());
        SpcResult spc = Spc.analyse(series, ChartType.suggested(series,
                reading.baseline().firstPoints()), phases, reading.baseline().firstPoints());
        List<String> words = new ArrayList<>();
        Stream.concat(run.signals().stream(), spc.signals().stream()).forEach(signal -> words.add(gap == null
                ? SignalWords.describe(signal, series, locale)
                : SignalWords.describeGap(signal, series, gap.stratum(), gap.reference(), locale)));
        return new Analysed(name, series, run, spc, words, suppressed);
    }

    private static double sum(List<BigDecimal> numbers) {
        return numbers.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).sum();
    }
}
