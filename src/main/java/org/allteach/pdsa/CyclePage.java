package org.allteach.pdsa;

import java.util.List;

/**
 * Everything a cycle's page shows. {@code ramp} is the whole chain the cycle is in, in order (the cycle included);
 * {@code threads} holds only those the reader may open.
 */
public record CyclePage(long id, long teamId, String teamName, int number, CycleStatus status, CycleDetails details,
                        String changeIdeaTitle, List<CycleRef> ramp, List<LinkedMeasure> measures,
                        List<LinkedThread> threads, boolean mayWrite, boolean archived) {

    public String label() {
        return "PDSA " + number;
    }
}
