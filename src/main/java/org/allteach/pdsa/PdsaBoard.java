package org.allteach.pdsa;

import java.util.List;

/** A team's PDSA page: its change ideas and its ramps, newest ramps first. */
public record PdsaBoard(long teamId, String teamName, boolean mayWrite, List<ChangeIdeaView> changeIdeas,
                        List<Ramp> ramps) {
}
