package org.allteach.credits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.TeamRef;
import org.allteach.shared.CsvCells;
import org.allteach.credits.internal.CreditReportQueries;
import org.allteach.credits.internal.CreditReportQueries.ActivityRow;
import org.allteach.credits.internal.CreditReportQueries.AttendanceRow;
import org.allteach.credits.internal.CreditReportQueries.ClaimRow;
import org.allteach.credits.internal.CreditReportQueries.ClaimsRow;
import org.allteach.credits.internal.CreditReportQueries.CountRow;
import org.allteach.credits.internal.CreditReportQueries.ProfessionRow;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Profession;
import org.allteach.shared.InvalidInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a CE office reports about a collaborative's credit: by activity, by team and by credit type, the accreditor's
 * annual-report CSV and every claim as CSV. For the collaborative's organisers (and portal administrators) only.
 * Dates are the organiser's days, in their time zone. Everything is counted in the database (decision 0025).
 */
@Service
public class CreditReports {

    /** The accreditor CSV's first columns; one "learners: …" column per profession and two more follow. */
    public static final List<String> ACCREDITOR_COLUMNS = List.of("activity title", "activity type", "start date",
            "end date", "credit type", "max hours offered", "total hours claimed", "learners claiming");
    public static final String PROFESSION_NOT_GIVEN = "Profession not given";
    public static final List<String> CLAIMS_HEADER = List.of("learner", "email", "profession", "team", "activity",
            "claimed on", "credit type", "hours", "certificate code");

    private final CreditReportQueries queries;
    private final CollaborativeAccess access;
    private final Collaboratives collaboratives;
    private final Memberships memberships;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Clock clock;

    CreditReports(CreditReportQueries queries, CollaborativeAccess access, Collaboratives collaboratives,
                  Memberships memberships, CurrentPerson currentPerson, Accounts accounts, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.collaboratives = collaboratives;
        this.memberships = memberships;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The accreditor CSV's header: activity columns, learners per profession, then attendees who did not claim. */
    public static List<String> accreditorHeader() {
        List<String> header = new ArrayList<>(ACCREDITOR_COLUMNS);
        for (Profession profession : Profession.values()) {
            header.add("learners: " + profession.label());
        }
        header.add("learners: " + PROFESSION_NOT_GIVEN);
        header.add("attended, did not claim");
        return header;
    }

    /** The periods an organiser picks most: this calendar year (the default), last year, the whole collaborative. */
    @Transactional(readOnly = true)
    public Map<String, ReportPeriod> quickPeriods(long collaborativeId) {
        access.requireOrganiser(collaborativeId);
        int year = LocalDate.now(clock.withZone(myZone())).getYear();
        CollaborativeSummary collaborative = collaboratives.summary(collaborativeId);
        Map<String, ReportPeriod> periods = new LinkedHashMap<>();
        periods.put("This year", ReportPeriod.year(year));
        periods.put("Last year", ReportPeriod.year(year - 1));
        periods.put("Whole collaborative", new ReportPeriod(collaborative.startDate(),
                collaborative.endDate() == null ? ReportPeriod.year(year).to() : collaborative.endDate()));
        return periods;
    }

    /**
     * The three reports of a collaborative for a period, in a fixed number of queries however many claims it has.
     *
     * @throws InvalidInput with field {@code period}
     */
    @Transactional(readOnly = true)
    public CreditReport report(long collaborativeId, ReportPeriod period) {
        access.requireOrganiser(collaborativeId);
        Window window = window(period);
        long c = collaborativeId;
        Map<Long, AttendanceRow> attendance = byId(queries.attendanceByActivity(c, window.from, window.to),
                AttendanceRow::activityId);
        Map<Long, Long> evaluated = counts(queries.evaluationsByActivity(c, window.from, window.to));
        Map<Long, Long> claimants = counts(queries.claimantsByActivity(c, window.from, window.to));
        Map<Long, Map<CreditType, BigDecimal>> hoursByActivity = hours(
                queries.claimsByActivityAndType(c, window.from, window.to));
        List<CreditReport.ByActivity> activities = new ArrayList<>();
        for (ActivityRow activity : queries.activities(c)) {
            long id = activity.id();
            if (!attendance.containsKey(id) && !evaluated.containsKey(id) && !claimants.containsKey(id)) {
                continue;
            }
            AttendanceRow attended = attendance.get(id);
            activities.add(new CreditReport.ByActivity(id, activity.title(), activity.kind(),
                    attended == null ? null : window.day(attended.first()),
                    attended == null ? null : window.day(attended.last()),
                    attended == null ? 0 : (int) attended.learners(), evaluated.getOrDefault(id, 0L).intValue(),
                    claimants.getOrDefault(id, 0L).intValue(), hoursByActivity.getOrDefault(id, Map.of())));
        }
        activities.sort(Comparator.comparing(CreditReport.ByActivity::firstHeld,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CreditReport.ByActivity::title));

        List<ClaimsRow> byPerson = queries.claimsByPersonAndType(c, window.from, window.to);
        Map<Long, TeamRef> teamOf = memberships.teamsOf(c, byPerson.stream().map(ClaimsRow::id)
                .collect(Collectors.toSet()));
        Map<Long, TeamTally> teams = new HashMap<>();
        for (ClaimsRow row : byPerson) {
            TeamRef team = teamOf.get(row.id());
            teams.computeIfAbsent(team == null ? null : team.id(), id -> new TeamTally(team))
                    .add(row.id(), row.type(), row.hours());
        }
        List<CreditReport.ByTeam> byTeam = teams.values().stream().map(TeamTally::line)
                .sorted(Comparator.comparing((CreditReport.ByTeam t) -> t.teamId() == null)
                        .thenComparing(CreditReport.ByTeam::teamName)).toList();

        List<CreditReport.ByType> byType = queries.claimsByType(c, window.from, window.to).stream()
                .map(row -> new CreditReport.ByType(row.type(), (int) row.learners(), (int) row.claims(),
                        row.hours()))
                .sorted(Comparator.comparing(CreditReport.ByType::type)).toList();
        Map<CreditType, BigDecimal> totalHours = new EnumMap<>(CreditType.class);
        byType.forEach(type -> totalHours.put(type.type(), type.hours()));
        CreditReport.Totals totals = new CreditReport.Totals(
                (int) queries.learnersAttended(c, window.from, window.to),
                activities.stream().mapToInt(CreditReport.ByActivity::evaluated).sum(),
                (int) byPerson.stream().map(ClaimsRow::id).distinct().count(),
                byType.stream().mapToInt(CreditReport.ByType::claims).sum(), totalHours);
        return new CreditReport(period, activities, byTeam, byType, totals);
    }

    /**
     * One row per activity and credit type offered or claimed, with what an accreditor's annual report asks (ACCME
     * PARS, ANCC): title, format, dates, credit type, hours offered and claimed, learners by profession, and those
     * who attended without claiming.
     *
     * @throws InvalidInput with field {@code period}
     */
    @Transactional(readOnly = true)
    public String accreditorCsv(long collaborativeId, ReportPeriod period) {
        CreditReport report = report(collaborativeId, period);
        Window window = window(period);
        long c = collaborativeId;
        Map<Long, Map<CreditType, BigDecimal>> offers = new HashMap<>();
        queries.offers(c).forEach(offer -> offers.computeIfAbsent(offer.activityId(),
                id -> new EnumMap<>(CreditType.class)).put(offer.type(), offer.maxHours()));
        Map<Long, Map<CreditType, ClaimsRow>> claims = new HashMap<>();
        queries.claimsByActivityAndType(c, window.from, window.to).forEach(row -> claims.computeIfAbsent(row.id(),
                id -> new EnumMap<>(CreditType.class)).put(row.type(), row));
        Set<Long> claimants = claims.isEmpty() ? Set.of() : queries.claimsByPersonAndType(c, window.from, window.to)
                .stream().map(ClaimsRow::id).collect(Collectors.toSet());
        Map<Profession, List<Long>> byProfession = accounts.profiles(claimants).values().stream()
                .filter(profile -> profile.profession() != null)
                .collect(Collectors.groupingBy(PersonProfile::profession, () -> new EnumMap<>(Profession.class),
                        Collectors.mapping(PersonProfile::id, Collectors.toList())));
        Map<Long, Map<CreditType, Map<Profession, Long>>> professions = new HashMap<>();
        for (ProfessionRow row : queries.claimantsByProfession(c, window.from, window.to, byProfession)) {
            professions.computeIfAbsent(row.activityId(), id -> new EnumMap<>(CreditType.class))
                    .put(row.type(), row.learners());
        }
        Map<Long, Long> notClaimed = counts(queries.attendedNotClaimedByActivity(c, window.from, window.to));
        return csv(accreditorHeader(), printer -> {
            for (CreditReport.ByActivity activity : report.activities()) {
                Set<CreditType> types = EnumSet.noneOf(CreditType.class);
                types.addAll(offers.getOrDefault(activity.activityId(), Map.of()).keySet());
                types.addAll(activity.hours().keySet());
                for (CreditType type : types) {
                    ClaimsRow claimed = claims.getOrDefault(activity.activityId(), Map.of()).get(type);
                    long learners = claimed == null ? 0 : claimed.learners();
                    Map<Profession, Long> known = professions.getOrDefault(activity.activityId(), Map.of())
                            .getOrDefault(type, Map.of());
                    List<Object> record = new ArrayList<>(List.of(CsvCells.safe(activity.title()),
                            accreditorFormat(activity.kind()), date(activity.firstHeld()), date(activity.lastHeld()),
                            type.label(), hours(offers.getOrDefault(activity.activityId(), Map.of()).get(type)),
                            hours(claimed == null ? BigDecimal.ZERO : claimed.hours()), learners));
                    for (Profession profession : Profession.values()) {
                        record.add(known.getOrDefault(profession, 0L));
                    }
                    record.add(learners - known.values().stream().mapToLong(Long::longValue).sum());
                    record.add(notClaimed.getOrDefault(activity.activityId(), 0L));
                    printer.printRecord(record);
                }
            }
        });
    }

    /**
     * Every claim of the period, oldest first, with the learner's name, email, profession and team and the
     * certificate's verification code, for the CE office's records.
     *
     * @throws InvalidInput with field {@code period}
     */
    @Transactional(readOnly = true)
    public String claimsCsv(long collaborativeId, ReportPeriod period) {
        access.requireOrganiser(collaborativeId);
        Window window = window(period);
        List<ClaimRow> claims = queries.claims(collaborativeId, window.from, window.to);
        Set<Long> people = claims.stream().map(ClaimRow::personId).collect(Collectors.toSet());
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        Map<Long, TeamRef> teams = memberships.teamsOf(collaborativeId, people);
        return csv(CLAIMS_HEADER, printer -> {
            for (ClaimRow claim : claims) {
                PersonProfile person = profiles.get(claim.personId());
                TeamRef team = teams.get(claim.personId());
                printer.printRecord(CsvCells.safe(PersonProfile.displayNameIn(profiles, claim.personId())),
                        person == null ? "" : CsvCells.safe(person.email()),
                        person == null || person.profession() == null ? PROFESSION_NOT_GIVEN
                                : person.profession().label(),
                        team == null ? CreditReport.ByTeam.NO_TEAM : CsvCells.safe(team.name()),
                        CsvCells.safe(claim.activityTitle()), window.day(claim.claimedAt()), claim.type().label(),
                        hours(claim.hours()), claim.certificateCode() == null ? "" : claim.certificateCode());
            }
        });
    }

    /**
     * How accreditors name an activity's format (ACCME PARS: course, regularly scheduled series, enduring material,
     * performance improvement). Matched by name so kinds added later (a QI project) map without a code change here.
     */
    static String accreditorFormat(ActivityLink.Kind kind) {
        return switch (kind.name()) {
            case "EVENT" -> "Live event (course)";
            case "SERIES" -> "Regularly scheduled series";
            case "ENDURING" -> "Enduring material";
            case "QI_PROJECT" -> "Quality improvement project (PI CME)";
            default -> kind.label();
        };
    }

    /** A period as instants: from the first day's start to the day after the last, in the organiser's zone. */
    private record Window(Instant from, Instant to, ZoneId zone) {
        LocalDate day(Instant instant) {
            return LocalDate.ofInstant(instant, zone);
        }
    }

    private Window window(ReportPeriod period) {
        if (period == null || period.from() == null || period.to() == null) {
            throw InvalidInput.of("period", "Choose the first and last day of the period.");
        }
        if (period.from().isAfter(period.to())) {
            throw InvalidInput.of("period", "The period must end on or after its first day.");
        }
        ZoneId zone = myZone();
        return new Window(period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    private ZoneId myZone() {
        return accounts.profile(currentPerson.requireId()).timeZone();
    }

    /** A team's claimants and hours, added up from its learners' rows. */
    private static final class TeamTally {
        private final TeamRef team;
        private final Set<Long> learners = new HashSet<>();
        private final Map<CreditType, BigDecimal> hours = new EnumMap<>(CreditType.class);

        TeamTally(TeamRef team) {
            this.team = team;
        }

        void add(long personId, CreditType type, BigDecimal claimed) {
            learners.add(personId);
            hours.merge(type, claimed, BigDecimal::add);
        }

        CreditReport.ByTeam line() {
            return new CreditReport.ByTeam(team == null ? null : team.id(),
                    team == null ? CreditReport.ByTeam.NO_TEAM : team.name(), learners.size(), hours);
        }
    }

    private static <T> Map<Long, T> byId(Collection<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static Map<Long, Long> counts(List<CountRow> rows) {
        return rows.stream().collect(Collectors.toMap(CountRow::id, CountRow::count));
    }

    private static Map<Long, Map<CreditType, BigDecimal>> hours(List<ClaimsRow> rows) {
        Map<Long, Map<CreditType, BigDecimal>> hours = new HashMap<>();
        rows.forEach(row -> hours.computeIfAbsent(row.id(), id -> new EnumMap<>(CreditType.class))
                .put(row.type(), row.hours()));
        return hours;
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(List<String> header, Rows rows) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return csv.toString();
    }

    /**
     * How many of a collaborative's CE activities each person has claimed credit for (all time), by person id; one
     * GROUP BY query, for the collaborative's organisers and coaches (the engagement dashboard counts them per team).
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> claimedActivitiesByPerson(long collaborativeId) {
        access.requireOrganiserOrCoach(collaborativeId);
        return queries.claimedActivitiesByPerson(collaborativeId).stream()
                .collect(Collectors.toMap(CountRow::id, row -> (int) row.count()));
    }
}
