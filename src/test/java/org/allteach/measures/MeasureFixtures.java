package org.allteach.measures;

import java.time.LocalDate;
import java.util.Set;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.ActingAs;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.support.Scenarios.Scenario;

/**
 * Measures set up through the services, as the organiser: a collaborative old enough for a chart, its dimensions, and
 * "HbA1c tested", the proportion most measure tests chart. Built by the test from its injected beans (not a bean
 * itself: test classes are on the scanned classpath).
 */
public class MeasureFixtures {

    private final ActingAs actingAs;
    private final Collaboratives collaboratives;
    private final Strata strata;
    private final Measures measures;

    public MeasureFixtures(ActingAs actingAs, Collaboratives collaboratives, Strata strata, Measures measures) {
        this.actingAs = actingAs;
        this.collaboratives = collaboratives;
        this.strata = strata;
        this.measures = measures;
    }

    /** The scenario's collaborative started this many months ago and ends in six months. */
    public void startedMonthsAgo(Scenario s, int months) {
        actingAs.run(s.organiser().id(), () -> {
            CollaborativeSummary summary = collaboratives.summary(s.collaborativeId());
            collaboratives.update(s.collaborativeId(), new CollaborativeDetails(summary.name(), summary.focusArea(),
                    summary.description(), LocalDate.now().minusMonths(months), LocalDate.now().plusMonths(6),
                    CollaborativeStatus.ACTIVE));
        });
    }

    /** A dimension of the scenario's collaborative by name, e.g. "Preferred language". */
    public Dimension dimension(Scenario s, String name) {
        return actingAs.call(s.organiser().id(), () -> strata.dimensions(s.collaborativeId())).stream()
                .filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    /** "HbA1c tested": a process proportion, up is better, no goal, a 12-month baseline. */
    public long hba1cTested(Scenario s, Set<Long> teamIds, Set<Long> dimensionIds) {
        return actingAs.call(s.organiser().id(), () -> measures.create(new MeasureDetails(s.collaborativeId(),
                "HbA1c tested", MeasureType.PROCESS, DataKind.PROPORTION, null, null, "Adults with diabetes seen this "
                + "month with an HbA1c in the last 6 months.", Direction.UP, null, 12, teamIds, dimensionIds)));
    }
}
