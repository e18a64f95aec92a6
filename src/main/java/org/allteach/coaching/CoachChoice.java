package org.allteach.coaching;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * A coach someone may book.
 *
 * @param coachesMyTeam whether they coach the booker's own team (listed first)
 * @param callLengths   the lengths they offer; empty while they have not opened their calendar for bookings
 */
public record CoachChoice(long coachId, String name, ZoneId zone, boolean coachesMyTeam, List<Duration> callLengths) {

    public boolean bookable() {
        return !callLengths.isEmpty();
    }
}
