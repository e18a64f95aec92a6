package org.allteach.pdsa;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a team writes on a PDSA worksheet (IHI's Model for Improvement). Text fields may be blank until the cycle
 * reaches their stage; {@link Pdsa#start} and {@link Pdsa#complete} say what each stage needs.
 *
 * @param changeIdeaId    the change idea it tests, optional
 * @param previousCycleId the cycle it follows in a ramp, optional
 * @param questions       what the team wants to learn
 * @param dataToCollect   the data the plan collects to answer the questions
 * @param nextCycle       what the next cycle will test
 * @param measureIds      the team's measures it hopes to move (markers on their charts)
 * @param threadIds       discussion threads about it
 */
public record CycleDetails(Long changeIdeaId, Long previousCycleId, String title, String objective, String questions,
                           String prediction, String planWho, String planWhat, String planWhen, String planWhere,
                           String dataToCollect, String whatHappened, String observations, String study,
                           ActDecision act, String nextCycle, LocalDate plannedStart, LocalDate startedOn,
                           LocalDate completedOn, Set<Long> measureIds, Set<Long> threadIds) {

    public CycleDetails {
        measureIds = measureIds == null ? Set.of() : Set.copyOf(measureIds);
        threadIds = threadIds == null ? Set.of() : Set.copyOf(threadIds);
    }

    /** A plan with only its title and objective: the rest is written as the cycle goes on. */
    public static CycleDetails plan(Long changeIdeaId, Long previousCycleId, String title, String objective) {
        return new CycleDetails(changeIdeaId, previousCycleId, title, objective, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of(), Set.of());
    }
}
