package org.allteach.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A collaborative's credit over a period, three ways: by activity, by team and by credit type, with totals. Attendance
 * counts when it happened, evaluations when they were submitted, claims when they were made.
 */
public record CreditReport(ReportPeriod period, List<ByActivity> activities, List<ByTeam> teams, List<ByType> types,
                           Totals totals) {

    public CreditReport {
        activities = List.copyOf(activities);
        teams = List.copyOf(teams);
        types = List.copyOf(types);
    }

    /**
     * One activity with anything in the period.
     *
     * @param firstHeld first day attended in the period (null when only claims fall in it)
     * @param attended  people who attended in the period
     * @param evaluated evaluations completed in the period
     * @param claimed   learners who claimed any credit for it in the period
     * @param hours     hours claimed per credit type
     */
    public record ByActivity(long activityId, String title, ActivityLink.Kind kind, LocalDate firstHeld,
                             LocalDate lastHeld, int attended, int evaluated, int claimed,
                             Map<CreditType, BigDecimal> hours) {
        public ByActivity {
            hours = Map.copyOf(hours);
        }
    }

    /**
     * One team's learners' claims; {@code teamId} null for people in no team (organisers, coaches), named "No team".
     */
    public record ByTeam(Long teamId, String teamName, int claimed, Map<CreditType, BigDecimal> hours) {
        public static final String NO_TEAM = "No team";

        public ByTeam {
            hours = Map.copyOf(hours);
        }
    }

    public record ByType(CreditType type, int learners, int claims, BigDecimal hours) {
    }

    /**
     * The whole collaborative in the period, each person counted once.
     *
     * @param attended people who attended any activity
     * @param claimed  people who claimed any credit
     */
    public record Totals(int attended, int evaluated, int claimed, int claims, Map<CreditType, BigDecimal> hours) {
        public Totals {
            hours = Map.copyOf(hours);
        }
    }

    /** The credit types hours were claimed in, in the order of {@link CreditType}. */
    public List<CreditType> creditTypes() {
        Set<CreditType> found = EnumSet.noneOf(CreditType.class);
        Stream.concat(activities.stream().map(ByActivity::hours), teams.stream().map(ByTeam::hours))
                .forEach(hours -> found.addAll(hours.keySet()));
        return found.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** Whether nothing happened in the period. */
    public boolean isEmpty() {
        return activities.isEmpty();
    }
}
