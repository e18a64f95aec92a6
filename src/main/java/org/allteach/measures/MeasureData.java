package org.allteach.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Role;
import org.allteach.identity.CurrentPerson;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.internal.MeasureDefinition;
import org.allteach.measures.internal.MeasureDefinitionRepository;
import org.allteach.measures.internal.MeasurePhase;
import org.allteach.measures.internal.MeasurePhaseRepository;
import org.allteach.measures.internal.MeasureSettings;
import org.allteach.measures.internal.MeasureSettingsRepository;
import org.allteach.measures.internal.MeasureValue;
import org.allteach.measures.internal.MeasureValueRepository;
import org.allteach.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's monthly values of the measures it reports, entered by those who may see the team (its members, its
 * coach, the organisers) and checked before anything is stored: a month is saved whole or not at all.
 */
@Service
public class MeasureData {

    private final MeasureDefinitionRepository definitions;
    private final MeasureValueRepository values;
    private final MeasureSettingsRepository settings;
    private final MeasurePhaseRepository phases;
    private final Strata strata;
    private final Collaboratives collaboratives;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    MeasureData(MeasureDefinitionRepository definitions, MeasureValueRepository values,
                MeasureSettingsRepository settings, MeasurePhaseRepository phases, Strata strata,
                Collaboratives collaboratives, CollaborativeAccess access, CurrentPerson currentPerson, Clock clock) {
        this.definitions = definitions;
        this.values = values;
        this.settings = settings;
        this.phases = phases;
        this.strata = strata;
        this.collaboratives = collaboratives;
        this.access = access;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** A team's values for a month; empty entries where nothing is recorded. */
    @Transactional(readOnly = true)
    public MonthValues month(long measureId, long teamId, YearMonth month) {
        reported(measureId, teamId);
        List<MeasureValue> rows = values.findByMeasureIdAndTeamIdAndMonth(measureId, teamId, month.atDay(1));
        MonthValues.Entry total = rows.stream().filter(r -> r.getCategoryId() == null).findFirst()
                .map(MeasureData::entry).orElse(new MonthValues.Entry(null, null, null));
        boolean astronomical = rows.stream().anyMatch(r -> r.getCategoryId() == null && r.isAstronomical());
        Map<Long, MonthValues.Entry> byCategory = rows.stream().filter(r -> r.getCategoryId() != null)
                .collect(Collectors.toMap(MeasureValue::getCategoryId, MeasureData::entry));
        return new MonthValues(total, byCategory, astronomical);
    }

    /**
     * Records a team's month: the total and the strata given replace what was there.
     *
     * @throws InvalidInput with fields {@code month}, {@code total}, {@code stratum:<categoryId>} and
     *                      {@code dimension:<dimensionId>} (strata that do not add up to the total)
     */
    @Transactional
    public void record(long measureId, long teamId, YearMonth month, MonthValues given) {
        MeasureDefinition measure = reported(measureId, teamId);
        Map<String, String> problems = problems(measure, month, given);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store(measure, teamId, month, given);
    }

    /** What is wrong with a month's values, by field (see {@link #record}); empty when they may be stored. */
    Map<String, String> problems(MeasureDefinition measure, YearMonth month, MonthValues given) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        CollaborativeSummary collaborative = collaboratives.summary(measure.getCollaborativeId());
        YearMonth first = YearMonth.from(collaborative.startDate());
        YearMonth now = YearMonth.now(clock);
        YearMonth last = collaborative.endDate() == null || YearMonth.from(collaborative.endDate()).isAfter(now) ? now
                : YearMonth.from(collaborative.endDate());
        if (month == null || month.isBefore(first) || month.isAfter(last)) {
            errors.add("month", "Choose a month from " + first + " to " + last + ": the collaborative's months so far.");
        }
        DataKind kind = measure.getKind();
        check(errors, "total", kind, given.total(), true);
        List<Dimension> dimensions = dimensionsOf(measure);
        Set<Long> categoryIds = dimensions.stream().flatMap(d -> d.categories().stream())
                .map(Dimension.Category::id).collect(Collectors.toSet());
        given.strata().keySet().stream().filter(id -> !categoryIds.contains(id)).findFirst()
                .ifPresent(id -> errors.add("stratum:" + id, "This measure is not stratified by that group."));
        for (Dimension dimension : dimensions) {
            List<MonthValues.Entry> entries = dimension.categories().stream()
                    .map(c -> given.strata().get(c.id())).filter(Objects::nonNull)
                    .filter(e -> !e.isEmpty()).toList();
            for (Dimension.Category category : dimension.categories()) {
                MonthValues.Entry entry = given.strata().get(category.id());
                if (entry != null && !entry.isEmpty()) {
                    check(errors, "stratum:" + category.id(), kind, entry, false);
                }
            }
            boolean checked = !errors.has("total")
                    && dimension.categories().stream().noneMatch(c -> errors.has("stratum:" + c.id()));
            if (!entries.isEmpty() && kind != DataKind.MEAN && checked) {
                addsUp(errors, dimension, kind, entries, dimension.categories().size(), given.total());
            }
        }
        return errors.fieldErrors();
    }

    /** The dimensions a measure is stratified by, in the collaborative's order. */
    List<Dimension> dimensionsOf(MeasureDefinition measure) {
        return strata.read(measure.getCollaborativeId()).stream()
                .filter(d -> measure.getDimensionIds().contains(d.id())).toList();
    }

    void store(MeasureDefinition measure, long teamId, YearMonth month, MonthValues given) {
        long me = currentPerson.requireId();
        Map<Long, MeasureValue> existing = new HashMap<>();
        values.findByMeasureIdAndTeamIdAndMonth(measure.getId(), teamId, month.atDay(1))
                .forEach(row -> existing.put(row.getCategoryId() == null ? 0L : row.getCategoryId(), row));
        Map<Long, MonthValues.Entry> wanted = new HashMap<>();
        wanted.put(0L, given.total());
        given.strata().forEach((category, entry) -> {
            if (!entry.isEmpty()) {
                wanted.put(category, entry);
            }
        });
        existing.forEach((key, row) -> {
            if (!wanted.containsKey(key)) {
                values.delete(row);
            }
        });
        LocalDate first = month.atDay(1);
        wanted.forEach((key, entry) -> {
            MeasureValue row = existing.computeIfAbsent(key, k -> new MeasureValue(measure.getId(), teamId, first,
                    k == 0 ? null : k));
            row.record(entry.numerator(), entry.denominator(), entry.value(), key == 0 && given.astronomical(), me,
                    clock.instant());
            values.save(row);
        });
    }

    /**
     * Starts a new phase of the team's control chart: its limits are recalculated from {@code from} on, as after a
     * sustained shift the team has made part of its process.
     *
     * @throws InvalidInput with field {@code phase}
     */
    @Transactional
    public void recalculateFrom(long measureId, long teamId, YearMonth from, String note) {
        MeasureDefinition measure = reported(measureId, teamId);
        CollaborativeSummary collaborative = collaboratives.summary(measure.getCollaborativeId());
        if (from == null || from.isBefore(YearMonth.from(collaborative.startDate()))
                || from.isAfter(YearMonth.now(clock))) {
            throw InvalidInput.of("phase", "Choose a month of the collaborative so far.");
        }
        if (phases.findByMeasureIdAndTeamIdOrderByFromMonthAsc(measureId, teamId).stream()
                .anyMatch(phase -> YearMonth.from(phase.getFromMonth()).equals(from))) {
            throw InvalidInput.of("phase", "The limits are already recalculated from " + from + ".");
        }
        phases.save(new MeasurePhase(measureId, teamId, from.atDay(1), note == null || note.isBlank() ? null
                : note.strip(), currentPerson.requireId(), clock.instant()));
    }

    /** The months a team's control chart starts a new phase, in order. */
    List<YearMonth> phases(long measureId, long teamId) {
        return phases.findByMeasureIdAndTeamIdOrderByFromMonthAsc(measureId, teamId).stream()
                .map(phase -> YearMonth.from(phase.getFromMonth())).toList();
    }

    /** Whether the signed-in person is in the team (a participant or lead; its coach supports it from outside). */
    public boolean isInTeam(long teamId) {
        return access.myRoles().stream().anyMatch(role -> role.teamId() != null && role.teamId() == teamId
                && role.role() != Role.COACH);
    }

    /** The collaborative's small-number threshold. */
    int smallNumberThreshold(long collaborativeId) {
        return settings.findById(collaborativeId).map(MeasureSettings::getSmallNumberThreshold)
                .orElse(MeasureSettings.DEFAULT_SMALL_NUMBER_THRESHOLD);
    }

    /** Every value of a team for a measure, by month. */
    List<MeasureValue> rows(long measureId, long teamId) {
        return values.findByMeasureIdAndTeamIdOrderByMonthAsc(measureId, teamId);
    }

    /** The measure, reported by the team, for someone who may see the team; "not found" otherwise. */
    MeasureDefinition reported(long measureId, long teamId) {
        if (!access.canSeeTeam(teamId)) {
            throw new NoSuchElementException("No team " + teamId);
        }
        return definitions.findById(measureId).filter(m -> m.getTeamIds().contains(teamId))
                .orElseThrow(() -> new NoSuchElementException("Team " + teamId + " does not report " + measureId));
    }

    private static void check(InvalidInput.Collector errors, String field, DataKind kind, MonthValues.Entry entry,
                              boolean required) {
        if (entry == null || entry.isEmpty()) {
            if (required) {
                errors.add(field, kind == DataKind.PROPORTION || kind == DataKind.RATE
                        ? "Enter the numerator and the denominator." : "Enter the month's value.");
            }
            return;
        }
        if (kind == DataKind.PROPORTION || kind == DataKind.RATE) {
            if (entry.numerator() == null || entry.denominator() == null) {
                errors.add(field, "Enter both the numerator and the denominator.");
            } else if (entry.numerator().signum() < 0 || entry.denominator().signum() < 0) {
                errors.add(field, "Numbers cannot be negative.");
            } else if (!whole(entry.numerator()) || !whole(entry.denominator())) {
                errors.add(field, "Count whole patients or events.");
            } else if (kind == DataKind.PROPORTION && entry.numerator().compareTo(entry.denominator()) > 0) {
                errors.add(field, "The numerator (" + plain(entry.numerator()) + ") cannot be more than the "
                        + "denominator (" + plain(entry.denominator()) + ").");
            } else if (kind == DataKind.RATE && entry.denominator().signum() == 0 && entry.numerator().signum() > 0) {
                errors.add(field, "Events need a denominator above 0.");
            }
        } else if (entry.value() == null) {
            errors.add(field, "Enter the month's value.");
        } else if (entry.value().signum() < 0) {
            errors.add(field, "The value cannot be negative.");
        } else if (kind == DataKind.COUNT && !whole(entry.value())) {
            errors.add(field, "Count whole events.");
        }
    }

    /** The categories of a dimension, all filled in, add up to the total (numerators and denominators alike). */
    private static void addsUp(InvalidInput.Collector errors, Dimension dimension, DataKind kind,
                               List<MonthValues.Entry> entries, int categories, MonthValues.Entry total) {
        String field = "dimension:" + dimension.id();
        if (entries.size() < categories) {
            errors.add(field, "Fill in every " + dimension.name().toLowerCase() + " group (0 where there is none), "
                    + "or none of them.");
            return;
        }
        if (total == null || total.isEmpty()) {
            return;
        }
        if (kind == DataKind.COUNT) {
            BigDecimal sum = entries.stream().map(MonthValues.Entry::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total.value()) != 0) {
                errors.add(field, "The " + dimension.name().toLowerCase() + " groups add up to " + plain(sum)
                        + ", not the total of " + plain(total.value()) + ".");
            }
            return;
        }
        BigDecimal numerators = entries.stream().map(MonthValues.Entry::numerator).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal denominators = entries.stream().map(MonthValues.Entry::denominator).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (numerators.compareTo(total.numerator()) != 0 || denominators.compareTo(total.denominator()) != 0) {
            errors.add(field, "The " + dimension.name().toLowerCase() + " groups add up to " + plain(numerators)
                    + " / " + plain(denominators) + ", not the total of " + plain(total.numerator()) + " / "
                    + plain(total.denominator()) + ".");
        }
    }

    private static boolean whole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static MonthValues.Entry entry(MeasureValue row) {
        return new MonthValues.Entry(row.getNumerator(), row.getDenominator(), row.getValue());
    }
}
