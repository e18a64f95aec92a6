package org.allteach.coaching;

import java.util.List;

/** A collaborative in which the signed-in person may book coaching calls, and its coaches (their team's first). */
public record BookingChoice(long collaborativeId, String collaborativeName, Long teamId, String teamName,
                            List<CoachChoice> coaches) {
}
