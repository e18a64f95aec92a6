package org.allteach.pdsa;

import java.time.LocalDate;

/** A cycle in a list or a ramp. */
public record CycleRef(long id, int number, String title, CycleStatus status, LocalDate plannedStart,
                       LocalDate startedOn, LocalDate completedOn, ActDecision act) {

    /** "PDSA 3": how teams name their cycles on charts and storyboards. */
    public String label() {
        return "PDSA " + number;
    }
}
