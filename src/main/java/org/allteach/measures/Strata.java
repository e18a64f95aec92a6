package org.allteach.measures;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeCreated;
import org.allteach.measures.internal.MeasureCategory;
import org.allteach.measures.internal.MeasureCategoryRepository;
import org.allteach.measures.internal.MeasureDimension;
import org.allteach.measures.internal.MeasureDimensionRepository;
import org.allteach.measures.internal.MeasureSettings;
import org.allteach.measures.internal.MeasureSettingsRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The REaL stratification of a collaborative's measures: its dimensions, their categories and reference groups. A new
 * collaborative starts with the defaults (the same as V21 gives collaboratives that existed before it).
 */
@Service
public class Strata {

    /** The defaults: OMB race and ethnicity categories, preferred language, each with unknown/declined. */
    private static final List<DefaultDimension> DEFAULT_DIMENSIONS = List.of(
            new DefaultDimension("Race", List.of("American Indian or Alaska Native", "Asian",
                    "Black or African American", "Native Hawaiian or Other Pacific Islander", "White",
                    "More than one race", "Unknown or declined"), "White"),
            new DefaultDimension("Ethnicity", List.of("Hispanic or Latino", "Not Hispanic or Latino",
                    "Unknown or declined"), "Not Hispanic or Latino"),
            new DefaultDimension("Preferred language", List.of("English", "Spanish", "Other", "Unknown or declined"),
                    "English"));

    private record DefaultDimension(String name, List<String> categories, String reference) {
    }

    private final MeasureDimensionRepository dimensions;
    private final MeasureCategoryRepository categories;
    private final MeasureSettingsRepository settings;
    private final CollaborativeAccess access;

    Strata(MeasureDimensionRepository dimensions, MeasureCategoryRepository categories,
           MeasureSettingsRepository settings, CollaborativeAccess access) {
        this.dimensions = dimensions;
        this.categories = categories;
        this.settings = settings;
        this.access = access;
    }

    /** The dimensions of a collaborative, for its members. */
    @Transactional(readOnly = true)
    public List<Dimension> dimensions(long collaborativeId) {
        access.requireMember(collaborativeId);
        return read(collaborativeId);
    }

    /** The small-number threshold of a collaborative: strata with a smaller denominator are not shared. */
    @Transactional(readOnly = true)
    public int smallNumberThreshold(long collaborativeId) {
        access.requireMember(collaborativeId);
        return threshold(collaborativeId);
    }

    /** The threshold, for services that have checked who is asking. */
    int threshold(long collaborativeId) {
        return settings.findById(collaborativeId).map(MeasureSettings::getSmallNumberThreshold)
                .orElse(MeasureSettings.DEFAULT_SMALL_NUMBER_THRESHOLD);
    }

    List<Dimension> read(long collaborativeId) {
        List<MeasureDimension> found = dimensions.findByCollaborativeIdOrderByPositionAsc(collaborativeId);
        Map<Long, List<Dimension.Category>> byDimension = categories.findByDimensionIdInOrderByDimensionIdAscPositionAsc(
                        found.stream().map(MeasureDimension::getId).toList()).stream()
                .collect(Collectors.groupingBy(MeasureCategory::getDimensionId, Collectors.mapping(
                        c -> new Dimension.Category(c.getId(), c.getLabel()), Collectors.toList())));
        return found.stream().map(d -> new Dimension(d.getId(), d.getName(), d.getReferenceCategoryId(),
                byDimension.getOrDefault(d.getId(), List.of()))).toList();
    }

    @EventListener
    void on(CollaborativeCreated created) {
        settings.save(new MeasureSettings(created.collaborativeId()));
        int position = 1;
        for (DefaultDimension defaults : DEFAULT_DIMENSIONS) {
            MeasureDimension dimension = dimensions.save(new MeasureDimension(created.collaborativeId(),
                    defaults.name(), position++));
            List<MeasureCategory> saved = categories.saveAll(IntStream.range(0,
                    defaults.categories().size()).mapToObj(i -> new MeasureCategory(dimension.getId(),
                    defaults.categories().get(i), i + 1)).toList());
            saved.stream().filter(c -> c.getLabel().equals(defaults.reference())).findFirst()
                    .ifPresent(c -> dimension.setReferenceCategoryId(c.getId()));
        }
    }
}
