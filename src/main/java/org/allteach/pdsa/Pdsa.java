package org.allteach.pdsa;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.RoleHeld;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.discussion.CategorySummary;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.discussion.ThreadHeader;
import org.allteach.discussion.ThreadRow;
import org.allteach.identity.CurrentPerson;
import org.allteach.measures.MeasureView;
import org.allteach.measures.Measures;
import org.allteach.pdsa.internal.ChangeIdea;
import org.allteach.pdsa.internal.ChangeIdeaRepository;
import org.allteach.pdsa.internal.Cycle;
import org.allteach.pdsa.internal.CycleRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's PDSA cycles (IHI's Model for Improvement): planned, run and studied, chained into ramps, linked to the
 * team's measures (markers on their charts) and to discussion threads. The team's members and coach write them; the
 * collaborative's organisers read them; for everyone else a team's cycles do not exist.
 */
@Service
public class Pdsa {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_LINE = 500;
    private static final int THREADS_PER_CATEGORY = 10;
    private static final int MAX_THREADS = 40;

    private final CycleRepository cycles;
    private final ChangeIdeaRepository ideas;
    private final ChangeIdeas changeIdeas;
    private final TeamWork teamWork;
    private final Measures measures;
    private final Discussions discussions;
    private final CollaborativeAccess access;
    private final Teams teams;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    Pdsa(CycleRepository cycles, ChangeIdeaRepository ideas, ChangeIdeas changeIdeas, TeamWork teamWork,
         Measures measures, Discussions discussions, CollaborativeAccess access, Teams teams,
         CurrentPerson currentPerson, Clock clock) {
        this.access = access;
        this.teams = teams;
        this.cycles = cycles;
        this.ideas = ideas;
        this.changeIdeas = changeIdeas;
        this.teamWork = teamWork;
        this.measures = measures;
        this.discussions = discussions;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** A team's change ideas and ramps (the ramp whose latest cycle is newest first). */
    @Transactional(readOnly = true)
    public PdsaBoard board(long teamId) {
        teamWork.requireVisible(teamId);
        List<Cycle> all = cycles.findByTeamIdOrderByNumberAsc(teamId);
        List<Ramp> ramps = new ArrayList<>();
        Map<Long, Cycle> next = nextOf(all);
        for (Cycle first : all) {
            if (first.getPreviousCycleId() == null) {
                ramps.add(new Ramp(first.getChangeIdeaId(), chainFrom(first, next).stream().map(Pdsa::ref).toList()));
            }
        }
        ramps.sort(Comparator.comparingInt((Ramp ramp) -> ramp.cycles().getLast().number()).reversed());
        return new PdsaBoard(teamId, teamWork.teamName(teamId), teamWork.mayWrite(teamId),
                changeIdeas.changeIdeas(teamId), ramps);
    }

    /**
     * The teams whose PDSA cycles the signed-in person may open: their own teams (those they coach included), then
     * the teams of the collaboratives they organise, by name.
     */
    @Transactional(readOnly = true)
    public List<TeamRef> myTeams() {
        Map<Long, TeamRef> found = new LinkedHashMap<>();
        List<RoleHeld> roles = access.myRoles();
        Map<Long, String> own = teams.names(roles.stream().map(RoleHeld::teamId).filter(Objects::nonNull).toList());
        own.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(team -> found.put(team.getKey(), new TeamRef(team.getKey(), team.getValue())));
        roles.stream().filter(held -> held.role() == Role.ORGANISER).map(RoleHeld::collaborativeId).distinct()
                .flatMap(collaborativeId -> teams.teamRefs(collaborativeId).stream())
                .forEach(team -> found.putIfAbsent(team.id(), team));
        return List.copyOf(found.values());
    }

    /** A team's cycles by number, for the "follows" picker. */
    @Transactional(readOnly = true)
    public List<CycleRef> cycleRefs(long teamId) {
        teamWork.requireVisible(teamId);
        return cycles.findByTeamIdOrderByNumberAsc(teamId).stream().map(Pdsa::ref).toList();
    }

    /** @throws NoSuchElementException for a missing cycle or one of a team the person may not see */
    @Transactional(readOnly = true)
    public CyclePage cycle(long cycleId) {
        Cycle cycle = visible(cycleId);
        long teamId = cycle.getTeamId();
        List<Cycle> all = cycles.findByTeamIdOrderByNumberAsc(teamId);
        Map<Long, Cycle> byId = all.stream().collect(Collectors.toMap(Cycle::getId, Function.identity()));
        Cycle first = cycle;
        // Two edits at once could link two cycles to each other; the walk back stops where it has been.
        Set<Long> walked = new HashSet<>(Set.of(cycle.getId()));
        while (first.getPreviousCycleId() != null && byId.containsKey(first.getPreviousCycleId())
                && walked.add(first.getPreviousCycleId())) {
            first = byId.get(first.getPreviousCycleId());
        }
        List<CycleRef> ramp = chainFrom(first, nextOf(all)).stream().map(Pdsa::ref).toList();
        String ideaTitle = cycle.getChangeIdeaId() == null ? null
                : ideas.findById(cycle.getChangeIdeaId()).map(ChangeIdea::getTitle).orElse(null);
        Map<Long, String> measureNames = measures.reportedBy(teamId).stream()
                .collect(Collectors.toMap(MeasureView::id, measure -> measure.details().name()));
        List<LinkedMeasure> linkedMeasures = cycle.getMeasureIds().stream().filter(measureNames::containsKey)
                .map(id -> new LinkedMeasure(id, measureNames.get(id)))
                .sorted(Comparator.comparing(LinkedMeasure::name)).toList();
        long me = currentPerson.requireId();
        CycleDetails details = cycle.details();
        List<LinkedThread> threads = details.threadIds().stream().sorted()
                .filter(threadId -> discussions.mayRead(me, threadId))
                .map(threadId -> linked(discussions.thread(threadId))).toList();
        return new CyclePage(cycle.getId(), teamId, teamWork.teamName(teamId), cycle.getNumber(), cycle.getStatus(),
                details, ideaTitle, ramp, linkedMeasures, threads, teamWork.mayWrite(teamId),
                teamWork.isClosed(teamId));
    }

    /**
     * Plans a new cycle.
     *
     * @return its id
     * @throws InvalidInput with fields {@code title}, {@code objective}, {@code changeIdea}, {@code previous},
     *                      {@code measures}, {@code threads}, {@code completedOn}, the other text fields by their
     *                      {@link CycleDetails} names, and {@code ""} when another cycle was saved at the same moment
     */
    @Transactional
    public long plan(long teamId, CycleDetails details) {
        teamWork.requireWriter(teamId);
        Cycle cycle = new Cycle(teamId, cycles.lastNumber(teamId) + 1, currentPerson.requireId(), clock.instant());
        cycle.write(checked(teamId, null, details), clock.instant());
        return save(cycle).getId();
    }

    /**
     * Changes a cycle's worksheet, dates and links; see {@link #plan}. A completed cycle still needs its study and
     * decision. Threads the editor cannot read stay linked.
     */
    @Transactional
    public void update(long cycleId, CycleDetails details) {
        Cycle cycle = writable(cycleId);
        CycleDetails checked = checked(cycle.getTeamId(), cycle, details);
        if (cycle.getStatus() == CycleStatus.COMPLETED) {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            requireCompletion(checked, errors);
            errors.throwIfAny();
        }
        cycle.write(checked, clock.instant());
        save(cycle);
    }

    /**
     * Starts a planned cycle (Do), today unless its start date was written down.
     *
     * @throws InvalidInput with field {@code prediction} when it has none, or {@code ""} when it has started
     */
    @Transactional
    public void start(long cycleId) {
        Cycle cycle = writable(cycleId);
        if (cycle.getStatus() != CycleStatus.PLANNED) {
            throw InvalidInput.of("", cycle.getStatus() == CycleStatus.IN_PROGRESS ? "This cycle is already running."
                    : "This cycle is completed.");
        }
        if (blank(cycle.details().prediction())) {
            throw InvalidInput.of("prediction", "Write down what you predict before you start: the cycle tests the "
                    + "prediction.");
        }
        cycle.start(LocalDate.now(clock), clock.instant());
    }

    /**
     * Completes a running cycle, today unless its completion date was written down.
     *
     * @throws InvalidInput with fields {@code whatHappened}, {@code study}, {@code act}, or {@code ""} when it is
     *                      not running
     */
    @Transactional
    public void complete(long cycleId) {
        Cycle cycle = writable(cycleId);
        if (cycle.getStatus() != CycleStatus.IN_PROGRESS) {
            throw InvalidInput.of("", cycle.getStatus() == CycleStatus.PLANNED ? "Start the cycle first."
                    : "This cycle is already completed.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        requireCompletion(cycle.details(), errors);
        errors.throwIfAny();
        cycle.complete(LocalDate.now(clock), clock.instant());
    }

    /**
     * The cycles linked to a measure, for its chart: each at the month it started, or is planned to start; cycles
     * with neither date are left off.
     */
    @Transactional(readOnly = true)
    public List<PdsaMarker> markers(long teamId, long measureId) {
        teamWork.requireVisible(teamId);
        List<PdsaMarker> markers = new ArrayList<>();
        for (Cycle cycle : cycles.findLinkedToMeasure(teamId, measureId)) {
            LocalDate when = cycle.getStartedOn() != null ? cycle.getStartedOn() : cycle.getPlannedStart();
            if (when != null) {
                markers.add(new PdsaMarker(cycle.getId(), YearMonth.from(when), "PDSA " + cycle.getNumber(),
                        cycle.getTitle()));
            }
        }
        return markers;
    }

    /** The team's measures a cycle may be linked to. */
    @Transactional(readOnly = true)
    public List<LinkedMeasure> measuresToLink(long teamId) {
        teamWork.requireVisible(teamId);
        return measures.reportedBy(teamId).stream()
                .map(measure -> new LinkedMeasure(measure.id(), measure.details().name())).toList();
    }

    /** Recently active threads the signed-in person may read, their teams' spaces first, for linking to a cycle. */
    @Transactional(readOnly = true)
    public List<LinkedThread> threadsToLink(long teamId) {
        teamWork.requireVisible(teamId);
        List<SpaceOverview> spaces = discussions.mySpaces().stream()
                .filter(space -> space.kind() == SpaceKind.TEAM || space.kind() == SpaceKind.COLLABORATIVE)
                .sorted(Comparator.comparing((SpaceOverview space) -> space.kind() != SpaceKind.TEAM))
                .toList();
        List<LinkedThread> found = new ArrayList<>();
        // One page of threads per category (a handful of categories per space), stopping once the list is full.
        for (SpaceOverview space : spaces) {
            for (CategorySummary category : space.categories()) {
                if (found.size() >= MAX_THREADS) {
                    return found;
                }
                for (ThreadRow thread : discussions.threads(category.id(), 0, THREADS_PER_CATEGORY)) {
                    if (found.size() < MAX_THREADS) {
                        found.add(new LinkedThread(thread.id(), thread.title(), space.name() + " · "
                                + category.name()));
                    }
                }
            }
        }
        return found;
    }

    private CycleDetails checked(long teamId, Cycle existing, CycleDetails d) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = errors.requiredLine("title", d.title(), MAX_TITLE, "Name the cycle: what will you test?");
        String objective = d.objective() == null ? "" : d.objective().strip();
        if (objective.isEmpty()) {
            errors.add("objective", "Write the objective: what is this cycle for?");
        } else if (objective.length() > MAX_TEXT) {
            errors.add("objective", "Use at most " + MAX_TEXT + " characters.");
        }
        if (d.changeIdeaId() != null && ideas.findById(d.changeIdeaId())
                .filter(idea -> idea.getTeamId() == teamId).isEmpty()) {
            errors.add("changeIdea", "Choose one of the team's change ideas.");
        }
        checkPrevious(teamId, existing, d.previousCycleId(), errors);
        Set<Long> reported = measures.reportedBy(teamId).stream().map(MeasureView::id).collect(Collectors.toSet());
        if (!reported.containsAll(d.measureIds())) {
            errors.add("measures", "Choose measures the team reports.");
        }
        long me = currentPerson.requireId();
        Set<Long> threads = new HashSet<>(d.threadIds());
        if (!threads.stream().allMatch(threadId -> discussions.mayRead(me, threadId))) {
            errors.add("threads", "Choose threads you can read.");
        }
        if (existing != null) {
            // A member may link a thread of the team's space that the coach cannot read; the coach's edit keeps it.
            existing.details().threadIds().stream().filter(threadId -> !discussions.mayRead(me, threadId))
                    .forEach(threads::add);
        }
        LocalDate today = LocalDate.now(clock);
        if (d.startedOn() != null && d.startedOn().isAfter(today)) {
            errors.add("startedOn", "A cycle cannot have started in the future.");
        }
        if (d.completedOn() != null && d.completedOn().isAfter(today)) {
            errors.add("completedOn", "A cycle cannot be completed in the future.");
        } else if (d.completedOn() != null && d.startedOn() != null && d.completedOn().isBefore(d.startedOn())) {
            errors.add("completedOn", "Complete the cycle on or after the day it started.");
        }
        CycleDetails result = new CycleDetails(d.changeIdeaId(), d.previousCycleId(), title, objective,
                errors.optionalText("questions", d.questions(), MAX_TEXT),
                errors.optionalText("prediction", d.prediction(), MAX_TEXT),
                errors.optionalText("planWho", d.planWho(), MAX_LINE),
                errors.optionalText("planWhat", d.planWhat(), MAX_TEXT),
                errors.optionalText("planWhen", d.planWhen(), MAX_LINE),
                errors.optionalText("planWhere", d.planWhere(), MAX_LINE),
                errors.optionalText("dataToCollect", d.dataToCollect(), MAX_TEXT),
                errors.optionalText("whatHappened", d.whatHappened(), MAX_TEXT),
                errors.optionalText("observations", d.observations(), MAX_TEXT),
                errors.optionalText("study", d.study(), MAX_TEXT), d.act(),
                errors.optionalText("nextCycle", d.nextCycle(), MAX_TEXT),
                d.plannedStart(), d.startedOn(), d.completedOn(), d.measureIds(), threads);
        errors.throwIfAny();
        return result;
    }

    /** A ramp is a line: the cycle followed is the team's, not this one or a later one of its chain, and free. */
    private void checkPrevious(long teamId, Cycle existing, Long previousId, InvalidInput.Collector errors) {
        if (previousId == null) {
            return;
        }
        Cycle previous = cycles.findById(previousId).filter(c -> c.getTeamId() == teamId).orElse(null);
        if (previous == null) {
            errors.add("previous", "Choose one of the team's cycles.");
            return;
        }
        if (existing != null) {
            List<Cycle> all = cycles.findByTeamIdOrderByNumberAsc(teamId);
            Map<Long, Cycle> byId = all.stream().collect(Collectors.toMap(Cycle::getId, Function.identity()));
            Set<Long> walked = new HashSet<>();
            for (Cycle step = previous; step != null && walked.add(step.getId()); step = step.getPreviousCycleId()
                    == null ? null : byId.get(step.getPreviousCycleId())) {
                if (step.getId().equals(existing.getId())) {
                    errors.add("previous", "A cycle cannot follow itself or a cycle that builds on it.");
                    return;
                }
            }
        }
        cycles.findByPreviousCycleId(previousId)
                .filter(follower -> existing == null || !follower.getId().equals(existing.getId()))
                .ifPresent(follower -> errors.add("previous", "PDSA " + follower.getNumber() + " already follows "
                        + "PDSA " + previous.getNumber() + ": a ramp is one cycle after another."));
    }

    private static void requireCompletion(CycleDetails d, InvalidInput.Collector errors) {
        if (blank(d.whatHappened())) {
            errors.add("whatHappened", "Say what happened when you ran the test.");
        }
        if (blank(d.study())) {
            errors.add("study", "Compare what happened with your prediction.");
        }
        if (d.act() == null) {
            errors.add("act", "Decide: adopt, adapt or abandon.");
        }
    }

    private Cycle save(Cycle cycle) {
        return UniqueConstraints.saving(() -> UniqueConstraints.saving(() -> cycles.saveAndFlush(cycle),
                        "uk_pdsa_cycle_previous", "previous", "Another cycle was just chained to that one; choose "
                                + "again."),
                "uk_pdsa_cycle_number", "", "Another cycle was saved at the same moment; save again.");
    }

    private Cycle visible(long cycleId) {
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NoSuchElementException("No cycle " + cycleId));
        teamWork.requireVisible(cycle.getTeamId());
        return cycle;
    }

    private Cycle writable(long cycleId) {
        Cycle cycle = visible(cycleId);
        teamWork.requireWriter(cycle.getTeamId());
        return cycle;
    }

    private static Map<Long, Cycle> nextOf(List<Cycle> all) {
        Map<Long, Cycle> next = new HashMap<>();
        all.stream().filter(c -> c.getPreviousCycleId() != null).forEach(c -> next.put(c.getPreviousCycleId(), c));
        return next;
    }

    private static List<Cycle> chainFrom(Cycle first, Map<Long, Cycle> next) {
        List<Cycle> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Cycle step = first; step != null && seen.add(step.getId()); step = next.get(step.getId())) {
            chain.add(step);
        }
        return chain;
    }

    private static CycleRef ref(Cycle c) {
        return new CycleRef(c.getId(), c.getNumber(), c.getTitle(), c.getStatus(), c.getPlannedStart(),
                c.getStartedOn(), c.getCompletedOn(), c.getAct());
    }

    private static LinkedThread linked(ThreadHeader thread) {
        return new LinkedThread(thread.id(), thread.title(), thread.spaceName() + " · " + thread.categoryName());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Each team's PDSA cycles in a collaborative: started, completed, last changed; one GROUP BY query over its teams,
     * for the collaborative's organisers and coaches. Teams without cycles are left out.
     */
    @Transactional(readOnly = true)
    public List<CycleTally> cycleTallies(long collaborativeId) {
        access.requireOrganiserOrCoach(collaborativeId);
        List<Long> teamIds = teams.teamRefs(collaborativeId).stream().map(TeamRef::id).toList();
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return cycles.countByTeam(teamIds).stream()
                .map(row -> new CycleTally(row.getTeamId(), (int) row.getStarted(), (int) row.getCompleted(),
                        row.getLastChangedAt()))
                .toList();
    }
}
