package org.allteach.credits;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.allteach.collaborative.TeamRef;

/**
 * A QI-project activity (MOC Part IV) as a participant of the collaborative sees it.
 *
 * @param firstMonth  the collaborative's first month (the earliest a period may start); for someone who left their
 *                    team, who attests no more, their attestation's first month
 * @param lastMonth   the latest month a period may end: the collaborative's last month or the current one; for
 *                    someone who left their team, their attestation's last month
 * @param maxPoints   the most MOC Part IV points offered
 * @param myTeams     the participant's teams in the collaborative (none once they left)
 * @param attestation their attestation, or null before they attest
 */
public record MocProject(long activityId, String title, String collaborativeName, YearMonth firstMonth,
                         YearMonth lastMonth, BigDecimal maxPoints, List<TeamRef> myTeams, Attestation attestation) {

    public MocProject {
        myTeams = List.copyOf(myTeams);
    }
}
