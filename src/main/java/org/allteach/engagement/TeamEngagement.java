package org.allteach.engagement;

import java.time.Instant;
import java.util.List;

/**
 * One team's row of the dashboard. Month lists follow {@link EngagementDashboard#months()}. Counts of people's doings
 * (posts, attendance, CE claims) are of the team's members (participants and team leads), not its coach.
 *
 * @param lastActivity    the latest post or direct message by a member, measure value recorded, PDSA change or
 *                        coaching call held
 * @param postsByMonth    posts by the team's members in the collaborative's spaces, per month
 * @param sessionsExpected sessions held so far that were for the team (every event but office hours) × its members
 * @param measureMonths   how each month's measures were reported
 * @param attention       why the team needs attention, most pressing first; empty when it does not
 */
public record TeamEngagement(long teamId, String teamName, List<String> coachNames, int members,
                             Instant lastActivity, int postsThisMonth, List<Integer> postsByMonth,
                             int sessionsAttended, int sessionsExpected, List<MonthStatus> measureMonths,
                             int cyclesStarted, int cyclesCompleted, int callsHeld, Instant lastCall, Instant nextCall,
                             int creditClaims, List<String> attention) {

    /** Attended ÷ expected, in percent; null when no session was for the team yet. */
    public Integer attendancePercent() {
        return sessionsExpected == 0 ? null : Math.round(100f * sessionsAttended / sessionsExpected);
    }

    public int monthsDue() {
        return (int) measureMonths.stream().filter(m -> m != MonthStatus.NOT_DUE).count();
    }

    public int monthsOnTime() {
        return count(MonthStatus.ON_TIME);
    }

    public int monthsLate() {
        return count(MonthStatus.LATE);
    }

    public int monthsMissing() {
        return count(MonthStatus.MISSING);
    }

    /** Months reported on time ÷ months due, in percent; null before the first month is due. */
    public Integer onTimePercent() {
        int due = monthsDue();
        return due == 0 ? null : Math.round(100f * monthsOnTime() / due);
    }

    public boolean needsAttention() {
        return !attention.isEmpty();
    }

    private int count(MonthStatus status) {
        return (int) measureMonths.stream().filter(m -> m == status).count();
    }
}
