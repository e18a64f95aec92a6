package org.allteach.measures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.measures.analysis.RunRules;
import org.allteach.measures.internal.MeasureCategory;
import org.allteach.measures.internal.MeasureCategoryRepository;
import org.allteach.measures.internal.MeasureDefinitionRepository;
import org.allteach.measures.internal.MeasureDimension;
import org.allteach.measures.internal.MeasureDimensionRepository;
import org.allteach.measures.internal.MeasureSettings;
import org.allteach.measures.internal.MeasureSettingsRepository;
import org.allteach.measures.internal.MeasureValueRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a collaborative reads its measures, changed by its organisers: the run-chart rules, the small-number threshold,
 * and the REaL dimensions with their categories and reference groups. A category or dimension that reported values
 * (or a measure) use cannot be removed, so no stored month loses its group; it can be renamed instead. Every chart is
 * analysed when it is shown, so a change here reads every chart anew.
 */
@Service
public class MeasureSettingsService {

    static final int MAX_LABEL = 80;
    static final int MAX_CATEGORIES = 30;
    static final int MAX_DIMENSIONS = 10;
    static final int MIN_CATEGORIES = 2;

    /** The run-chart rule sets a collaborative chooses from, each with a line saying what it looks for. */
    public static final List<RunRulesChoice> RUN_RULES = List.of(
            new RunRulesChoice(RunRules.IHI, "IHI rules",
                    "A shift of 6 points on one side of the median, a trend of 5 rising or falling, too few or too "
                            + "many runs (Provost & Murray)."),
            new RunRulesChoice(RunRules.ANHOEJ, "Anhøj rules",
                    "A run on one side of the median longer than expected, or too few crossings of it; no trend rule "
                            + "(Anhøj & Olesen)."));

    /** A run-chart rule set with its name and a one-line explanation. */
    public record RunRulesChoice(RunRules rules, String name, String explanation) {
    }

    /** A collaborative's measure settings as the organisers change them. */
    public record Settings(long collaborativeId, int smallNumberThreshold, RunRules runRules,
                           List<RunRulesChoice> runRulesChoices, List<DimensionSettings> dimensions) {
    }

    /**
     * A dimension with its categories in order.
     *
     * @param referenceCategoryId the group gaps are measured against, or null if none is chosen
     * @param measures            how many measures are stratified by it (it cannot be removed while any are)
     */
    public record DimensionSettings(long id, String name, Long referenceCategoryId, long measures,
                                    List<CategorySettings> categories) {

        /** Whether any month has values in one of its categories. */
        public boolean hasValues() {
            return categories.stream().anyMatch(CategorySettings::hasValues);
        }

        /** Whether it may be removed: no measure is stratified by it and no value uses it. */
        public boolean removable() {
            return measures == 0 && !hasValues();
        }
    }

    /**
     * A category of a dimension.
     *
     * @param monthsWithValues the months any team reported a value for it (it cannot be removed while any did)
     */
    public record CategorySettings(long id, String label, long monthsWithValues) {

        public boolean hasValues() {
            return monthsWithValues > 0;
        }
    }

    private final MeasureSettingsRepository settings;
    private final MeasureDimensionRepository dimensions;
    private final MeasureCategoryRepository categories;
    private final MeasureValueRepository values;
    private final MeasureDefinitionRepository definitions;
    private final CollaborativeAccess access;

    MeasureSettingsService(MeasureSettingsRepository settings, MeasureDimensionRepository dimensions,
                           MeasureCategoryRepository categories, MeasureValueRepository values,
                           MeasureDefinitionRepository definitions, CollaborativeAccess access) {
        this.settings = settings;
        this.dimensions = dimensions;
        this.categories = categories;
        this.values = values;
        this.definitions = definitions;
        this.access = access;
    }

    /** The settings of a collaborative, for its organisers. */
    @Transactional(readOnly = true)
    public Settings settings(long collaborativeId) {
        access.requireOrganiser(collaborativeId);
        MeasureSettings reading = readingOf(collaborativeId);
        List<MeasureDimension> found = dimensions.findByCollaborativeIdOrderByPositionAsc(collaborativeId);
        List<MeasureCategory> all = categories.findByDimensionIdInOrderByDimensionIdAscPositionAsc(
                found.stream().map(MeasureDimension::getId).toList());
        Map<Long, Long> months = all.isEmpty() ? Map.of() : values.countMonthsByCategory(
                        all.stream().map(MeasureCategory::getId).toList()).stream()
                .collect(Collectors.toMap(MeasureValueRepository.CategoryMonths::getCategoryId,
                        MeasureValueRepository.CategoryMonths::getMonths));
        Map<Long, List<CategorySettings>> byDimension = all.stream().collect(Collectors.groupingBy(
                MeasureCategory::getDimensionId, Collectors.mapping(c -> new CategorySettings(c.getId(),
                        c.getLabel(), months.getOrDefault(c.getId(), 0L)), Collectors.toList())));
        List<DimensionSettings> read = found.stream().map(d -> new DimensionSettings(d.getId(), d.getName(),
                d.getReferenceCategoryId(), definitions.countStratifiedBy(d.getId()),
                byDimension.getOrDefault(d.getId(), List.of()))).toList();
        return new Settings(collaborativeId, reading.getSmallNumberThreshold(), reading.getRunRules(), RUN_RULES,
                read);
    }

    /**
     * Changes how the charts are read: the run-chart rules and the small-number threshold (1–100).
     *
     * @throws InvalidInput with fields {@code smallNumberThreshold}, {@code runRules}
     */
    @Transactional
    public void changeReading(long collaborativeId, Integer smallNumberThreshold, RunRules runRules) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (smallNumberThreshold == null || smallNumberThreshold < 1 || smallNumberThreshold > 100) {
            errors.add("smallNumberThreshold", "Give a threshold from 1 to 100 (11 is usual).");
        }
        if (runRules == null) {
            errors.add("runRules", "Choose the rules the run charts are read with.");
        }
        errors.throwIfAny();
        MeasureSettings reading = settings.findById(collaborativeId)
                .orElseGet(() -> settings.save(new MeasureSettings(collaborativeId)));
        reading.change(smallNumberThreshold, runRules);
    }

    /**
     * Chooses the group a dimension's gaps are measured against.
     *
     * @throws InvalidInput with field {@code reference} for a category of another dimension
     */
    @Transactional
    public void chooseReference(long dimensionId, long categoryId) {
        MeasureDimension dimension = organisersDimension(dimensionId);
        if (categories.findById(categoryId).filter(c -> c.getDimensionId() == dimensionId).isEmpty()) {
            throw InvalidInput.of("reference", "Choose one of the groups of " + dimension.getName() + ".");
        }
        dimension.setReferenceCategoryId(categoryId);
    }

    /**
     * Adds a category at the end of a dimension.
     *
     * @return its id
     * @throws InvalidInput with field {@code label}
     */
    @Transactional
    public long addCategory(long dimensionId, String label) {
        MeasureDimension dimension = organisersDimension(dimensionId);
        List<MeasureCategory> existing = categories.findByDimensionIdOrderByPositionAsc(dimensionId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String checked = label(errors, "label", label, existing, null);
        if (existing.size() >= MAX_CATEGORIES) {
            errors.add("label", dimension.getName() + " has " + MAX_CATEGORIES + " categories, as many as a month's "
                    + "entry can show.");
        }
        errors.throwIfAny();
        int position = existing.isEmpty() ? 1 : existing.getLast().getPosition() + 1;
        return savingLabel(new MeasureCategory(dimensionId, checked, position)).getId();
    }

    /**
     * Renames a category; its values stay with it.
     *
     * @throws InvalidInput with field {@code label}
     */
    @Transactional
    public void renameCategory(long categoryId, String label) {
        MeasureCategory category = organisersCategory(categoryId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String checked = label(errors, "label", label,
                categories.findByDimensionIdOrderByPositionAsc(category.getDimensionId()), categoryId);
        errors.throwIfAny();
        category.rename(checked);
        savingLabel(category);
    }

    /** Moves a category one place up in its dimension (nothing happens to the first). */
    @Transactional
    public void moveCategoryUp(long categoryId) {
        move(categoryId, -1);
    }

    /** Moves a category one place down in its dimension (nothing happens to the last). */
    @Transactional
    public void moveCategoryDown(long categoryId) {
        move(categoryId, 1);
    }

    private void move(long categoryId, int by) {
        MeasureCategory category = organisersCategory(categoryId);
        List<MeasureCategory> ordered = new ArrayList<>(
                categories.findByDimensionIdOrderByPositionAsc(category.getDimensionId()));
        int from = ordered.indexOf(category);
        int to = from + by;
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        // Renumbered from 1: positions left with gaps or ties by earlier removals become a clean order again.
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /**
     * Removes a category no value uses and that is not the reference group.
     *
     * @throws InvalidInput with field {@code label} saying why it stays
     */
    @Transactional
    public void removeCategory(long categoryId) {
        MeasureCategory category = organisersCategory(categoryId);
        MeasureDimension dimension = dimensions.findById(category.getDimensionId()).orElseThrow();
        long months = values.countMonthsByCategory(List.of(categoryId)).stream()
                .mapToLong(MeasureValueRepository.CategoryMonths::getMonths).sum();
        if (months > 0) {
            throw InvalidInput.of("label", category.getLabel() + " has values for " + months
                    + (months == 1 ? " month" : " months") + "; rename it instead of removing it.");
        }
        if (Long.valueOf(categoryId).equals(dimension.getReferenceCategoryId())) {
            throw InvalidInput.of("label", category.getLabel() + " is the reference group; choose another "
                    + "reference group before removing it.");
        }
        if (categories.findByDimensionIdOrderByPositionAsc(dimension.getId()).size() <= MIN_CATEGORIES) {
            throw InvalidInput.of("label", dimension.getName() + " needs at least " + MIN_CATEGORIES
                    + " categories to compare; remove the dimension instead.");
        }
        categories.delete(category);
    }

    /**
     * Adds a dimension (e.g. "Payer") with its categories in order; no reference group until one is chosen.
     *
     * @return its id
     * @throws InvalidInput with fields {@code name}, {@code categories}
     */
    @Transactional
    public long addDimension(long collaborativeId, String name, List<String> labels) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        List<MeasureDimension> existing = dimensions.findByCollaborativeIdOrderByPositionAsc(collaborativeId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String checkedName = errors.requiredLine("name", name, MAX_LABEL, "Name the dimension, e.g. Payer.");
        if (checkedName != null && existing.stream().anyMatch(d -> sameText(d.getName(), checkedName))) {
            errors.add("name", "The collaborative has a dimension called " + checkedName + ".");
        }
        if (existing.size() >= MAX_DIMENSIONS) {
            errors.add("name", "The collaborative has " + MAX_DIMENSIONS + " dimensions, as many as a month's "
                    + "entry can show.");
        }
        List<String> checkedLabels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String label : labels == null ? List.<String>of() : labels) {
            String checked = errors.optionalLine("categories", label, MAX_LABEL);
            if (checked != null && !seen.add(checked.toLowerCase(Locale.ROOT))) {
                errors.add("categories", checked + " is listed twice.");
            } else if (checked != null) {
                checkedLabels.add(checked);
            }
        }
        if (!errors.has("categories") && checkedLabels.size() < MIN_CATEGORIES) {
            errors.add("categories", "List at least " + MIN_CATEGORIES + " categories, one a line.");
        } else if (checkedLabels.size() > MAX_CATEGORIES) {
            errors.add("categories", "List at most " + MAX_CATEGORIES + " categories.");
        }
        errors.throwIfAny();
        int position = existing.isEmpty() ? 1 : existing.getLast().getPosition() + 1;
        MeasureDimension dimension = UniqueConstraints.saving(() -> dimensions.saveAndFlush(
                        new MeasureDimension(collaborativeId, checkedName, position)), "uk_measure_dimension_name",
                "name", "The collaborative has a dimension called " + checkedName + ".");
        for (int i = 0; i < checkedLabels.size(); i++) {
            categories.save(new MeasureCategory(dimension.getId(), checkedLabels.get(i), i + 1));
        }
        return dimension.getId();
    }

    /**
     * Removes a dimension no measure is stratified by and no value uses.
     *
     * @throws InvalidInput with field {@code name} saying why it stays
     */
    @Transactional
    public void removeDimension(long dimensionId) {
        MeasureDimension dimension = organisersDimension(dimensionId);
        long measures = definitions.countStratifiedBy(dimensionId);
        if (measures > 0) {
            throw InvalidInput.of("name", (measures == 1 ? "A measure is" : measures + " measures are")
                    + " stratified by " + dimension.getName() + "; take it out of "
                    + (measures == 1 ? "that measure" : "them") + " first.");
        }
        List<MeasureCategory> ofDimension = categories.findByDimensionIdOrderByPositionAsc(dimensionId);
        if (!ofDimension.isEmpty() && !values.countMonthsByCategory(
                ofDimension.stream().map(MeasureCategory::getId).toList()).isEmpty()) {
            throw InvalidInput.of("name", dimension.getName() + " has values; it stays so they keep their groups.");
        }
        // The dimension points at its reference category and the categories at the dimension: unlink first.
        dimension.setReferenceCategoryId(null);
        dimensions.flush();
        categories.deleteAll(ofDimension);
        categories.flush();
        dimensions.delete(dimension);
    }

    private MeasureSettings readingOf(long collaborativeId) {
        return settings.findById(collaborativeId).orElseGet(() -> new MeasureSettings(collaborativeId));
    }

    /** A dimension the person organises, to change; a missing one is not found. */
    private MeasureDimension organisersDimension(long dimensionId) {
        MeasureDimension dimension = dimensions.findById(dimensionId)
                .orElseThrow(() -> new NoSuchElementException("No dimension " + dimensionId));
        access.requireOrganiser(dimension.getCollaborativeId());
        access.requireOpen(dimension.getCollaborativeId());
        return dimension;
    }

    private MeasureCategory organisersCategory(long categoryId) {
        MeasureCategory category = categories.findById(categoryId)
                .orElseThrow(() -> new NoSuchElementException("No category " + categoryId));
        organisersDimension(category.getDimensionId());
        return category;
    }

    /** A category's label: trimmed, 1–80 characters, unique within its dimension (ignoring case, as the key does). */
    private static String label(InvalidInput.Collector errors, String field, String label,
                                List<MeasureCategory> ofDimension, Long exceptId) {
        String checked = errors.requiredLine(field, label, MAX_LABEL, "Name the category.");
        if (checked != null && ofDimension.stream().anyMatch(c -> !c.getId().equals(exceptId)
                && sameText(c.getLabel(), checked))) {
            errors.add(field, "The dimension has a category called " + checked + ".");
        }
        return checked;
    }

    private MeasureCategory savingLabel(MeasureCategory category) {
        return UniqueConstraints.saving(() -> categories.saveAndFlush(category), "uk_measure_category_label",
                "label", "The dimension has a category called " + category.getLabel() + ".");
    }

    /** The database compares names without case (utf8mb4_unicode_ci), and so do we. */
    private static boolean sameText(String a, String b) {
        return a.equalsIgnoreCase(b);
    }
}
