package org.allteach.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.VisibleScopes;
import org.allteach.collaborative.Teams;
import org.allteach.identity.CurrentPerson;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.internal.MeasureDefinition;
import org.allteach.measures.internal.MeasureDefinitionRepository;
import org.allteach.measures.internal.MeasureValueRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A collaborative's measure definitions: organisers define them, members read them. */
@Service
public class Measures {

    static final int MAX_NAME = 200;
    static final int MAX_DEFINITION = 4000;

    private final MeasureDefinitionRepository definitions;
    private final MeasureValueRepository values;
    private final Strata strata;
    private final Teams teams;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    Measures(MeasureDefinitionRepository definitions, MeasureValueRepository values, Strata strata, Teams teams,
             CollaborativeAccess access, CurrentPerson currentPerson, Clock clock) {
        this.definitions = definitions;
        this.values = values;
        this.strata = strata;
        this.teams = teams;
        this.access = access;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** The measures of a collaborative, by name, for its members. */
    @Transactional(readOnly = true)
    public List<MeasureView> measures(long collaborativeId) {
        access.requireMember(collaborativeId);
        return definitions.findByCollaborativeIdOrderByNameAsc(collaborativeId).stream().map(Measures::view).toList();
    }

    /** The measures a team reports, for those who may see the team. */
    @Transactional(readOnly = true)
    public List<MeasureView> reportedBy(long teamId) {
        access.requireTeamAccess(teamId);
        return definitions.findReportedBy(teamId).stream().map(Measures::view).toList();
    }

    /** A measure a team reports, as the measures page lists it for someone who may open the team's chart. */
    public record TeamMeasure(MeasureView measure, long teamId, String teamName) {
    }

    /** Every measure of the person's collaboratives with each team reporting it whose chart they may open. */
    @Transactional(readOnly = true)
    public List<TeamMeasure> myTeamMeasures() {
        VisibleScopes scopes = access.visibleScopes();
        List<TeamMeasure> found = new ArrayList<>();
        for (long collaborativeId : scopes.collaborativeIdsForQuery()) {
            List<MeasureDefinition> ofCollaborative = definitions.findByCollaborativeIdOrderByNameAsc(collaborativeId);
            if (ofCollaborative.isEmpty()) {
                continue;
            }
            List<TeamRef> visible = teams.teamRefs(collaborativeId).stream().filter(t -> scopes.team(t.id())).toList();
            for (MeasureDefinition measure : ofCollaborative) {
                visible.stream().filter(t -> measure.getTeamIds().contains(t.id()))
                        .forEach(t -> found.add(new TeamMeasure(view(measure), t.id(), t.name())));
            }
        }
        return found;
    }

    /** Whether the person sees the collaborative's measures across teams: its coaches and organisers. */
    public boolean mayCompareTeams(long collaborativeId) {
        return access.isOrganiser(collaborativeId) || access.isCoachIn(collaborativeId);
    }

    /** @throws NoSuchElementException for a missing measure or one of a collaborative the person is not in */
    @Transactional(readOnly = true)
    public MeasureView measure(long measureId) {
        MeasureDefinition found = definitions.findById(measureId)
                .filter(m -> access.isMember(m.getCollaborativeId()))
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        return view(found);
    }

    /**
     * Defines a measure.
     *
     * @return its id
     * @throws InvalidInput with fields {@code name}, {@code type}, {@code kind}, {@code ratePer}, {@code unit},
     *                      {@code operationalDefinition}, {@code direction}, {@code goal}, {@code baselinePoints},
     *                      {@code teams}, {@code dimensions}
     */
    @Transactional
    public long create(MeasureDetails details) {
        access.requireOrganiser(details.collaborativeId());
        access.requireOpen(details.collaborativeId());
        MeasureDefinition measure = new MeasureDefinition(details.collaborativeId(), currentPerson.requireId(),
                clock.instant());
        describe(measure, details);
        return UniqueConstraints.saving(() -> definitions.saveAndFlush(measure), "uk_measure_definition_name",
                "name", "The collaborative has a measure with this name.").getId();
    }

    /** Changes a measure; see {@link #create}. Values already reported stay. */
    @Transactional
    public void update(long measureId, MeasureDetails details) {
        MeasureDefinition measure = definitions.findById(measureId).orElseThrow();
        access.requireOrganiser(measure.getCollaborativeId());
        access.requireOpen(measure.getCollaborativeId());
        if (details.collaborativeId() != measure.getCollaborativeId()) {
            throw InvalidInput.of("name", "A measure stays with its collaborative.");
        }
        // Reported values mean what the kind and rate said when they were entered; read another way they would chart
        // as nonsense (a proportion's numerators summed as a count).
        if ((details.kind() != measure.getKind() || !Objects.equals(details.kind() == DataKind.RATE
                ? details.ratePer() : null, measure.getRatePer())) && values.existsByMeasureId(measureId)) {
            throw InvalidInput.of("kind", "Teams have reported values for this measure, so how it is counted stays. "
                    + "Define a new measure to count it another way.");
        }
        describe(measure, details);
        UniqueConstraints.saving(() -> definitions.saveAndFlush(measure), "uk_measure_definition_name", "name",
                "The collaborative has a measure with this name.");
    }

    private void describe(MeasureDefinition measure, MeasureDetails details) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = errors.requiredLine("name", details.name(), MAX_NAME, "Name the measure.");
        if (details.type() == null) {
            errors.add("type", "Choose outcome, process or balancing.");
        }
        if (details.kind() == null) {
            errors.add("kind", "Choose how it is counted.");
        }
        Integer ratePer = details.kind() == DataKind.RATE ? details.ratePer() : null;
        if (details.kind() == DataKind.RATE && (ratePer == null || ratePer < 1 || ratePer > 1_000_000)) {
            errors.add("ratePer", "Give the units a rate is counted per, e.g. 1000 visits.");
        }
        String unit = details.unit() == null || details.unit().isBlank() ? null : details.unit().strip();
        if (unit != null && unit.length() > 40) {
            errors.add("unit", "Keep the unit to 40 characters.");
        }
        String definition = details.operationalDefinition() == null ? "" : details.operationalDefinition().strip();
        if (definition.isEmpty()) {
            errors.add("operationalDefinition", "Say exactly what is counted: who is in the denominator, what puts "
                    + "them in the numerator, and where the data come from.");
        } else if (definition.length() > MAX_DEFINITION) {
            errors.add("operationalDefinition", "Keep the definition to " + MAX_DEFINITION + " characters.");
        }
        if (details.direction() == null) {
            errors.add("direction", "Say whether higher or lower is better.");
        }
        BigDecimal goal = details.goal();
        if (goal != null && (goal.signum() < 0
                || details.kind() == DataKind.PROPORTION && goal.compareTo(BigDecimal.ONE) > 0)) {
            errors.add("goal", details.kind() == DataKind.PROPORTION ? "Give the goal as a percentage from 0 to 100."
                    : "Give a goal of 0 or more.");
        }
        if (details.baselinePoints() < 6 || details.baselinePoints() > 60) {
            errors.add("baselinePoints", "Base the baseline on 6 to 60 months (12 is usual).");
        }
        Set<Long> ofCollaborative = teams.teamRefs(details.collaborativeId()).stream().map(TeamRef::id)
                .collect(Collectors.toSet());
        if (details.teamIds().isEmpty() || !ofCollaborative.containsAll(details.teamIds())) {
            errors.add("teams", "Choose the teams of this collaborative that report it.");
        }
        Set<Long> dimensions = strata.read(details.collaborativeId()).stream().map(Dimension::id)
                .collect(Collectors.toSet());
        if (!dimensions.containsAll(details.dimensionIds())) {
            errors.add("dimensions", "Choose this collaborative's dimensions.");
        }
        if (!measure.isNew() && definitions.existsByCollaborativeIdAndNameAndIdNot(details.collaborativeId(), name,
                measure.getId())) {
            errors.add("name", "The collaborative has a measure with this name.");
        }
        errors.throwIfAny();
        measure.describe(name, details.type(), details.kind(), ratePer, unit, definition, details.direction(), goal,
                details.baselinePoints(), details.teamIds(), details.dimensionIds(), clock.instant());
    }

    static MeasureView view(MeasureDefinition m) {
        return new MeasureView(m.getId(), new MeasureDetails(m.getCollaborativeId(), m.getName(), m.getType(),
                m.getKind(), m.getRatePer(), m.getUnit(), m.getOperationalDefinition(), m.getDirection(), m.getGoal(),
                m.getBaselinePoints(), m.getTeamIds(), m.getDimensionIds()));
    }
}
