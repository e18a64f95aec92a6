package org.allteach.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Role;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.internal.MeasureDefinition;
import org.allteach.measures.internal.MeasureDefinitionRepository;
import org.allteach.measures.internal.MeasurePhase;
import org.allteach.measures.internal.MeasurePhaseRepository;
import org.allteach.measures.internal.MeasureValue;
import org.allteach.measures.internal.MeasureValueRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's monthly values of the measures it reports, entered by those who may see the team (its members, its
 * coach, the organisers) and checked before anything is stored: a month is saved whole or not at all.
 */
@Service
public class MeasureData {

    /** The values are stored as DECIMAL(14,4). */
    private static final BigDecimal LARGEST = new BigDecimal("9999999999");
    private static final int DECIMALS = 4;
    private static final String SAVED_AT_THE_SAME_TIME = "Someone else saved this month at the same moment. Choose "
            + "the month again to see their values.";

    private final MeasureDefinitionRepository definitions;
    private final MeasureValueRepository values;
    private final MeasurePhaseRepository phases;
    private final Strata strata;
    private final Collaboratives collaboratives;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Clock clock;
    private final Accounts accounts;

    MeasureData(MeasureDefinitionRepository definitions, MeasureValueRepository values,
                MeasurePhaseRepository phases, Strata strata,
                Collaboratives collaboratives, CollaborativeAccess access, CurrentPerson currentPerson, Clock clock,
                Accounts accounts) {
        this.accounts = accounts;
        this.definitions = definitions;
        this.values = values;
        this.phases = phases;
        this.strata = strata;
        this.collaboratives = collaboratives;
        this.access = access;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /**
     * A team's values for a month, for its members; empty entries where nothing is recorded. The coach and the
     * organisers read the team through its charts, where small groups are hidden.
     */
    @Transactional(readOnly = true)
    public MonthValues month(long measureId, long teamId, YearMonth month) {
        requireInTeam(teamId);
        reported(measureId, teamId);
        List<MeasureValue> rows = values.findByMeasureIdAndTeamIdAndMonth(measureId, teamId, month.atDay(1));
        MonthValues.Entry total = rows.stream().filter(r -> r.getCategoryId() == null).findFirst()
                .map(MeasureData::entry).orElse(new MonthValues.Entry(null, null, null));
        boolean astronomical = rows.stream().anyMatch(r -> r.getCategoryId() == null && r.isAstronomical());
        Map<Long, MonthValues.Entry> byCategory = rows.stream().filter(r -> r.getCategoryId() != null)
                .collect(Collectors.toMap(MeasureValue::getCategoryId, MeasureData::entry));
        MonthValues.Recorded recorded = rows.stream().filter(r -> r.getCategoryId() == null).findFirst()
                .map(r -> new MonthValues.Recorded(accounts.profile(r.getRecordedBy()).displayName(),
                        r.getRecordedAt())).orElse(null);
        return new MonthValues(total, byCategory, astronomical, recorded);
    }

    /**
     * Records a team's month: the total and the strata given replace what was there.
     *
     * @throws InvalidInput with fields {@code month}, {@code total}, {@code stratum:<categoryId>} and
     *                      {@code dimension:<dimensionId>} (strata that do not add up to the total)
     */
    @Transactional
    public void record(long measureId, long teamId, YearMonth month, MonthValues given) {
        requireInTeam(teamId);
        access.requireTeamOpen(teamId);
        checkAndStore(reported(measureId, teamId), teamId, month, given);
    }

    /**
     * Records a month over what the entry form read: when someone else saved the month since, nothing is stored and
     * the {@code month} field says who and when, so a stale form never overwrites a colleague's values unseen.
     *
     * @param read the month as the form read it ({@link #month})
     */
    @Transactional
    public void recordOver(long measureId, long teamId, YearMonth month, MonthValues read, MonthValues given) {
        requireInTeam(teamId);
        access.requireTeamOpen(teamId);
        MeasureDefinition measure = reported(measureId, teamId);
        Instant readAt = read.recorded() == null ? null : read.recorded().at();
        values.findByMeasureIdAndTeamIdAndMonth(measureId, teamId, month.atDay(1)).stream()
                .filter(row -> row.getCategoryId() == null && !row.getRecordedAt().equals(readAt)).findFirst()
                .ifPresent(changed -> {
                    throw InvalidInput.of("month", accounts.profile(changed.getRecordedBy()).displayName()
                            + " saved this month after you opened it. Choose the month again to see their values.");
                });
        checkAndStore(measure, teamId, month, given);
    }

    private void checkAndStore(MeasureDefinition measure, long teamId, YearMonth month, MonthValues given) {
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
        Instant now = clock.instant();
        wanted.forEach((key, entry) -> {
            MeasureValue row = existing.computeIfAbsent(key, k -> new MeasureValue(measure.getId(), teamId, first,
                    k == 0 ? null : k));
            row.record(entry.numerator(), entry.denominator(), entry.value(), key == 0 && given.astronomical(), me,
                    now);
            values.save(row);
        });
        // Two people saving the same new month at once: the unique key lets one in; the other is told, not shown an
        // error page.
        try {
            UniqueConstraints.saving(() -> {
                values.flush();
                return null;
            }, "uk_measure_value", "month", SAVED_AT_THE_SAME_TIME);
        } catch (ObjectOptimisticLockingFailureException overtaken) {
            throw InvalidInput.of("month", SAVED_AT_THE_SAME_TIME);
        }
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
        access.requireOpen(measure.getCollaborativeId());
        CollaborativeSummary collaborative = collaboratives.summary(measure.getCollaborativeId());
        if (from == null || from.isBefore(YearMonth.from(collaborative.startDate()))
                || from.isAfter(YearMonth.now(clock))) {
            throw InvalidInput.of("phase", "Choose a month of the collaborative so far.");
        }
        if (note != null && note.strip().length() > MeasurePhase.NOTE_LENGTH) {
            throw InvalidInput.of("phase", "Keep the note to " + MeasurePhase.NOTE_LENGTH + " characters.");
        }
        if (phases.findByMeasureIdAndTeamIdOrderByFromMonthAsc(measureId, teamId).stream()
                .anyMatch(phase -> YearMonth.from(phase.getFromMonth()).equals(from))) {
            throw InvalidInput.of("phase", "The limits are already recalculated from " + from + ".");
        }
        phases.save(new MeasurePhase(measureId, teamId, from.atDay(1), note == null || note.isBlank() ? null
                : note.strip(), currentPerson.requireId(), clock.instant()));
    }

    /** Whether the team marked the month's total as an astronomical point. */
    boolean markedAstronomical(long measureId, long teamId, YearMonth month) {
        return values.findByMeasureIdAndTeamIdAndMonth(measureId, teamId, month.atDay(1)).stream()
                .anyMatch(row -> row.getCategoryId() == null && row.isAstronomical());
    }

    /** This month, by the clock the service checks months with. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
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

    /**
     * Only the team's own members enter and read its month values (its groups in full).
     *
     * @throws NoSuchElementException for someone who may not see the team at all
     * @throws AccessDeniedException  for its coach and the organisers
     */
    void requireInTeam(long teamId) {
        if (!access.canSeeTeam(teamId)) {
            throw new NoSuchElementException("No team " + teamId);
        }
        if (!isInTeam(teamId)) {
            throw new AccessDeniedException("Only the team's members enter its values");
        }
    }

    /** The collaborative's small-number threshold. */
    int smallNumberThreshold(long collaborativeId) {
        return strata.threshold(collaborativeId);
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
        if (Stream.of(entry.numerator(), entry.denominator(), entry.value()).filter(Objects::nonNull)
                .anyMatch(number -> number.abs().compareTo(LARGEST) > 0)) {
            errors.add(field, "That number is too large: at most " + LARGEST.toPlainString() + ".");
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
        } else if (entry.value().stripTrailingZeros().scale() > DECIMALS) {
            errors.add(field, "Round the value to " + DECIMALS + " decimals.");
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

    /**
     * Which months each team of a collaborative reported (a total of at least one measure), from {@code from} on,
     * and when; one GROUP BY query, for the collaborative's organisers and coaches.
     */
    @Transactional(readOnly = true)
    public List<MonthReported> reportedMonths(long collaborativeId, YearMonth from) {
        access.requireOrganiserOrCoach(collaborativeId);
        return values.reportedByTeamAndMonth(collaborativeId, from.atDay(1)).stream()
                .map(row -> new MonthReported(row.teamId(), YearMonth.from(row.month()), (int) row.measures(),
                        row.firstRecordedAt(), row.lastRecordedAt()))
                .toList();
    }
}
