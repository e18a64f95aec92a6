package org.allteach.engagement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.SessionTally;
import org.allteach.coaching.CallTally;
import org.allteach.coaching.CoachingCalls;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.RoleHeld;
import org.allteach.collaborative.TeamRoster;
import org.allteach.collaborative.Teams;
import org.allteach.credits.CreditReports;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.PostTally;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MonthReported;
import org.allteach.messaging.MessagingActivity;
import org.allteach.pdsa.CycleTally;
import org.allteach.pdsa.Pdsa;
import org.allteach.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement dashboard of a collaborative: each feature counts its part for all teams in one GROUP BY query (never
 * a query per team), and this puts the rows together, decides which teams need attention and writes the CSV.
 * Organisers and administrators see every team; a coach sees the teams they coach (decision 0035).
 */
@Service
public class Engagement {

    public static final List<String> CSV_HEADER = List.of("team", "coaches", "members", "last activity (UTC)",
            "posts this month", "posts in collaborative", "sessions attended", "sessions expected", "attendance %",
            "months due", "months on time", "months late", "months missing", "on-time %", "PDSA cycles started",
            "PDSA cycles completed", "coaching calls held", "last coaching call (UTC)", "next coaching call (UTC)",
            "CE claims", "needs attention");

    /** The day of the next month by which a month's measures are due (decision 0035). */
    static final int MEASURES_DUE_DAY = 15;
    static final Duration NO_CALL_FOR = Duration.ofDays(60);
    static final Duration NO_POST_FOR = Duration.ofDays(30);
    static final int LOW_ATTENDANCE_PERCENT = 50;
    static final int MIN_SESSIONS_FOR_RATE = 2;

    private final CollaborativeAccess access;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Discussions discussions;
    private final Attendance attendance;
    private final MeasureData measureData;
    private final Pdsa pdsa;
    private final CoachingCalls coachingCalls;
    private final CreditReports creditReports;
    private final MessagingActivity messaging;
    private final Clock clock;

    Engagement(CollaborativeAccess access, Collaboratives collaboratives, Teams teams, CurrentPerson currentPerson,
               Accounts accounts, Discussions discussions, Attendance attendance, MeasureData measureData, Pdsa pdsa,
               CoachingCalls coachingCalls, CreditReports creditReports, MessagingActivity messaging, Clock clock) {
        this.access = access;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.discussions = discussions;
        this.attendance = attendance;
        this.measureData = measureData;
        this.pdsa = pdsa;
        this.coachingCalls = coachingCalls;
        this.creditReports = creditReports;
        this.messaging = messaging;
        this.clock = clock;
    }

    /** The collaboratives whose dashboard the signed-in person may open: those they organise or coach in. */
    @Transactional(readOnly = true)
    public List<CollaborativeSummary> followed() {
        List<CollaborativeSummary> mine = collaboratives.mine();
        if (currentPerson.isAdministrator()) {
            return mine;
        }
        Set<Long> followed = new HashSet<>();
        for (RoleHeld role : access.myRoles()) {
            if (role.role() == Role.ORGANISER || role.role() == Role.COACH) {
                followed.add(role.collaborativeId());
            }
        }
        return mine.stream().filter(c -> followed.contains(c.id())).toList();
    }

    /**
     * The dashboard of a collaborative, in the same number of queries however many teams it has.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the signed-in person organises the
     *                                                                     collaborative, coaches in it or is an
     *                                                                     administrator
     */
    @Transactional(readOnly = true)
    public EngagementDashboard dashboard(long collaborativeId) {
        access.requireOrganiserOrCoach(collaborativeId);
        Instant now = clock.instant();
        // A collaborative has no time zone of its own: its months and deadlines are the viewer's, as its dates are
        // in its details form.
        ZoneId zone = accounts.myProfile().timeZone();
        CollaborativeSummary collaborative = collaboratives.summary(collaborativeId);
        List<YearMonth> months = months(collaborative, now, zone);
        Instant since = months.getFirst().atDay(1).atStartOfDay(zone).toInstant();

        List<TeamRoster> rosters = teams.rosters(collaborativeId);
        if (!access.isOrganiser(collaborativeId)) {
            long me = currentPerson.requireId();
            rosters = rosters.stream().filter(team -> team.coachIds().contains(me)).toList();
        }
        Map<Long, PersonProfile> coaches = accounts.profiles(rosters.stream()
                .flatMap(team -> team.coachIds().stream()).collect(java.util.stream.Collectors.toSet()));

        Map<Long, List<PostTally>> postsByPerson = new HashMap<>();
        for (PostTally tally : discussions.postTallies(collaborativeId, months, zone)) {
            postsByPerson.computeIfAbsent(tally.personId(), id -> new ArrayList<>()).add(tally);
        }
        SessionTally sessions = attendance.sessionTally(collaborativeId, since, now);
        Map<Long, List<MonthReported>> reported = new HashMap<>();
        for (MonthReported month : measureData.reportedMonths(collaborativeId, months.getFirst())) {
            reported.computeIfAbsent(month.teamId(), id -> new ArrayList<>()).add(month);
        }
        Map<Long, CycleTally> cycles = byTeam(pdsa.cycleTallies(collaborativeId), CycleTally::teamId);
        Map<Long, CallTally> calls = byTeam(coachingCalls.callTallies(collaborativeId), CallTally::teamId);
        Map<Long, Integer> claims = creditReports.claimedActivitiesByPerson(collaborativeId);
        Map<Long, Instant> lastMessages = messaging.lastSentBySender(collaborativeId, since);

        List<TeamEngagement> rows = new ArrayList<>();
        for (TeamRoster team : rosters) {
            rows.add(row(team, coaches, months, now, zone, collaborative, postsByPerson, sessions,
                    reported.getOrDefault(team.id(), List.of()), cycles.get(team.id()), calls.get(team.id()),
                    claims, lastMessages));
        }
        return new EngagementDashboard(collaborativeId, collaborative.name(), now, zone, months, List.copyOf(rows));
    }

    /** The dashboard as CSV, one row per team; text cells are made safe for spreadsheets. */
    @Transactional(readOnly = true)
    public String csv(long collaborativeId) {
        EngagementDashboard dashboard = dashboard(collaborativeId);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (TeamEngagement team : dashboard.teams()) {
                int postsInAll = team.postsByMonth().stream().mapToInt(Integer::intValue).sum();
                printer.printRecord(CsvCells.safe(team.teamName()), CsvCells.safe(String.join("; ", team.coachNames())),
                        team.members(), instant(team.lastActivity()), team.postsThisMonth(), postsInAll,
                        team.sessionsAttended(), team.sessionsExpected(), blankIfNull(team.attendancePercent()),
                        team.monthsDue(), team.monthsOnTime(), team.monthsLate(), team.monthsMissing(),
                        blankIfNull(team.onTimePercent()), team.cyclesStarted(), team.cyclesCompleted(),
                        team.callsHeld(), instant(team.lastCall()), instant(team.nextCall()), team.creditClaims(),
                        CsvCells.safe(String.join("; ", team.attention())));
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString();
    }

    private static TeamEngagement row(TeamRoster team, Map<Long, PersonProfile> coaches, List<YearMonth> months,
                                      Instant now, ZoneId zone, CollaborativeSummary collaborative,
                                      Map<Long, List<PostTally>> postsByPerson, SessionTally sessions,
                                      List<MonthReported> reported, CycleTally cycles, CallTally calls,
                                      Map<Long, Integer> claims, Map<Long, Instant> lastMessages) {
        Map<YearMonth, Integer> posts = new HashMap<>();
        Instant lastPost = null;
        Instant lastMessage = null;
        int attended = 0;
        int claimed = 0;
        for (long member : team.memberIds()) {
            for (PostTally tally : postsByPerson.getOrDefault(member, List.of())) {
                posts.merge(tally.month(), (int) tally.posts(), Integer::sum);
                lastPost = latest(lastPost, tally.lastPostedAt());
            }
            lastMessage = latest(lastMessage, lastMessages.get(member));
            attended += sessions.attendedBy(member, team.id());
            claimed += claims.getOrDefault(member, 0);
        }
        List<Integer> postsByMonth = months.stream().map(m -> posts.getOrDefault(m, 0)).toList();
        int expected = sessions.sessionsFor(team.id()) * team.memberIds().size();

        Map<YearMonth, MonthReported> reportedByMonth = new HashMap<>();
        Instant lastRecorded = null;
        for (MonthReported month : reported) {
            reportedByMonth.put(month.month(), month);
            lastRecorded = latest(lastRecorded, month.lastRecordedAt());
        }
        List<MonthStatus> measureMonths = months.stream()
                .map(month -> status(month, reportedByMonth.get(month), now, zone)).toList();

        Instant lastActivity = Stream.of(lastPost, lastMessage, lastRecorded,
                        cycles == null ? null : cycles.lastChangedAt(), calls == null ? null : calls.lastHeldAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        List<String> coachNames = team.coachIds().stream().map(coaches::get).filter(Objects::nonNull)
                .map(PersonProfile::displayName).sorted().toList();
        TeamEngagement draft = new TeamEngagement(team.id(), team.name(), coachNames, team.memberIds().size(),
                lastActivity, postsByMonth.getLast(), postsByMonth, attended, expected, measureMonths,
                cycles == null ? 0 : cycles.started(), cycles == null ? 0 : cycles.completed(),
                calls == null ? 0 : calls.held(), calls == null ? null : calls.lastHeldAt(),
                calls == null ? null : calls.nextAt(), claimed, List.of());
        return withAttention(draft, lastPost, collaborative, now, zone);
    }

    /**
     * Why a team needs attention, the most pressing first: what a coach would look at before their next call. Nothing
     * once the collaborative has ended: its teams are done, not idle.
     */
    private static TeamEngagement withAttention(TeamEngagement team, Instant lastPost,
                                                CollaborativeSummary collaborative, Instant now, ZoneId zone) {
        LocalDate end = collaborative.endDate();
        if (collaborative.status() == CollaborativeStatus.ALUMNI
                || end != null && end.isBefore(LocalDate.ofInstant(now, zone))) {
            return team;
        }
        Instant started = collaborative.startDate().atStartOfDay(zone).toInstant();
        List<String> reasons = new ArrayList<>();
        List<MonthStatus> due = team.measureMonths().stream().filter(m -> m != MonthStatus.NOT_DUE).toList();
        if (due.size() >= 2 && due.subList(due.size() - 2, due.size()).stream()
                .allMatch(m -> m == MonthStatus.MISSING)) {
            reasons.add("No measure data for 2 months");
        }
        Instant callDue = now.minus(NO_CALL_FOR);
        if (team.lastCall() == null ? started.isBefore(callDue) : team.lastCall().isBefore(callDue)) {
            reasons.add(team.nextCall() == null ? "No coaching call in 60 days, none booked"
                    : "No coaching call in 60 days");
        }
        Instant postDue = now.minus(NO_POST_FOR);
        if (team.members() > 0 && (lastPost == null ? started.isBefore(postDue) : lastPost.isBefore(postDue))) {
            reasons.add("No posts in 30 days");
        }
        Integer rate = team.attendancePercent();
        if (rate != null && rate < LOW_ATTENDANCE_PERCENT && team.sessionsExpected() >= MIN_SESSIONS_FOR_RATE) {
            reasons.add("Attendance below " + LOW_ATTENDANCE_PERCENT + "%");
        }
        if (team.cyclesStarted() == 0 && due.size() >= 2) {
            reasons.add("No PDSA cycle started");
        }
        if (reasons.isEmpty()) {
            return team;
        }
        return new TeamEngagement(team.teamId(), team.teamName(), team.coachNames(), team.members(),
                team.lastActivity(), team.postsThisMonth(), team.postsByMonth(), team.sessionsAttended(),
                team.sessionsExpected(), team.measureMonths(), team.cyclesStarted(), team.cyclesCompleted(),
                team.callsHeld(), team.lastCall(), team.nextCall(), team.creditClaims(), List.copyOf(reasons));
    }

    /**
     * A month is due at the end of the 15th of the next month in {@code zone}; its first total recorded by then is on
     * time.
     */
    static MonthStatus status(YearMonth month, MonthReported reported, Instant now, ZoneId zone) {
        Instant deadline = month.plusMonths(1).atDay(MEASURES_DUE_DAY + 1).atStartOfDay(zone).toInstant();
        if (reported != null) {
            return reported.firstRecordedAt().isBefore(deadline) ? MonthStatus.ON_TIME : MonthStatus.LATE;
        }
        return now.isBefore(deadline) ? MonthStatus.NOT_DUE : MonthStatus.MISSING;
    }

    /** The collaborative's months from its start to now (or to its end, if it has ended). */
    private static List<YearMonth> months(CollaborativeSummary collaborative, Instant now, ZoneId zone) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        LocalDate end = collaborative.endDate();
        YearMonth last = end != null && YearMonth.from(end).isBefore(current) ? YearMonth.from(end) : current;
        YearMonth first = YearMonth.from(collaborative.startDate());
        if (first.isAfter(last)) {
            first = last;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    private static <T> Map<Long, T> byTeam(Collection<T> tallies, java.util.function.ToLongFunction<T> team) {
        Map<Long, T> byTeam = new HashMap<>();
        tallies.forEach(tally -> byTeam.put(team.applyAsLong(tally), tally));
        return byTeam;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }

    private static Object blankIfNull(Integer value) {
        return value == null ? "" : value;
    }
}
