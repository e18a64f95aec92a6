package org.allteach.collaborative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.allteach.collaborative.internal.Collaborative;
import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.collaborative.internal.Membership;
import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.collaborative.internal.Phase;
import org.allteach.collaborative.internal.PhaseRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and running collaboratives and their Breakthrough Series phases. */
@Service
public class Collaboratives {

    static final int MAX_NAME = 160;
    static final int MAX_DESCRIPTION = 5000;
    private static final String NAME_TAKEN = "Another collaborative already has this name.";

    private final CollaborativeRepository collaboratives;
    private final PhaseRepository phases;
    private final MembershipRepository memberships;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Collaboratives(CollaborativeRepository collaboratives, PhaseRepository phases, MembershipRepository memberships,
                   CollaborativeAccess access, CurrentPerson currentPerson, Accounts accounts, Clock clock,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.collaboratives = collaboratives;
        this.phases = phases;
        this.memberships = memberships;
        this.access = access;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Creates a collaborative with the signed-in person as its first organiser.
     *
     * @throws InvalidInput with fields {@code name}, {@code focusArea}, {@code description}, {@code startDate},
     *                      {@code endDate}, {@code status}
     */
    @Transactional
    public CollaborativeSummary create(CollaborativeDetails details) {
        if (!access.mayCreateCollaboratives()) {
            throw new AccessDeniedException("Only administrators and organisers may start a collaborative.");
        }
        CollaborativeDetails valid = validate(details, null);
        Collaborative collaborative = UniqueConstraints.saving(() -> collaboratives.saveAndFlush(new Collaborative(
                valid.name(), valid.focusArea(), valid.description(), valid.startDate(), valid.endDate(),
                valid.status(), clock.instant())), "uk_collaborative_name", "name", NAME_TAKEN);
        memberships.save(new Membership(currentPerson.requireId(), collaborative.getId(), null, Role.ORGANISER,
                clock.instant()));
        events.publishEvent(new CollaborativeCreated(collaborative.getId(), collaborative.getName()));
        if (valid.status() == CollaborativeStatus.ALUMNI) {
            // recorded after it ended: an archive from the start
            close(collaborative);
        }
        return toSummary(collaborative);
    }

    /**
     * Changes an open collaborative's details. A closed one keeps them as they were when it ended: its name and dates
     * are its alumni's history (and is not reopened).
     *
     * @throws InvalidInput as {@link #create}
     * @throws org.allteach.shared.ReadOnlyArchive when the collaborative has closed
     */
    @Transactional
    public CollaborativeSummary update(long collaborativeId, CollaborativeDetails details) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        CollaborativeDetails valid = validate(details, collaborativeId);
        Collaborative collaborative = load(collaborativeId);
        // closing through the form is the same close as the page action's, with its event
        boolean closing = valid.status() == CollaborativeStatus.ALUMNI;
        collaborative.change(valid.name(), valid.focusArea(), valid.description(), valid.startDate(),
                valid.endDate(), closing ? collaborative.getStatus() : valid.status());
        UniqueConstraints.saving(() -> collaboratives.saveAndFlush(collaborative), "uk_collaborative_name", "name",
                NAME_TAKEN);
        if (closing) {
            close(collaborative);
        }
        return toSummary(collaborative);
    }

    /**
     * Ends a collaborative: its members become its alumni, keeping their roles as history; its spaces, measures, PDSA
     * cycles and calendar become a read-only archive (each feature listens to {@link CollaborativeClosed}). Nothing is
     * deleted, and a closed collaborative is not reopened.
     */
    @Transactional
    public CollaborativeSummary close(long collaborativeId) {
        access.requireOrganiser(collaborativeId);
        Collaborative collaborative = load(collaborativeId);
        if (collaborative.getStatus() == CollaborativeStatus.ALUMNI) {
            throw InvalidInput.of("status", "This collaborative is already closed.");
        }
        close(collaborative);
        return toSummary(collaborative);
    }

    private void close(Collaborative collaborative) {
        collaborative.close(currentPerson.requireId(), clock.instant());
        collaboratives.saveAndFlush(collaborative);
        events.publishEvent(new CollaborativeClosed(collaborative.getId(), collaborative.getName()));
    }

    @Transactional(readOnly = true)
    public CollaborativeSummary summary(long collaborativeId) {
        access.requireMember(collaborativeId);
        return toSummary(load(collaborativeId));
    }

    /** The collaboratives the signed-in person belongs to (all of them for administrators). */
    @Transactional(readOnly = true)
    public List<CollaborativeSummary> mine() {
        List<Collaborative> found = currentPerson.isAdministrator()
                ? collaboratives.findAllByOrderByStartDateDescNameAsc()
                : collaboratives.findForMember(currentPerson.requireId());
        return found.stream().map(Collaboratives::toSummary).toList();
    }

    /**
     * Names of collaboratives, for labelling things that may come from any of them (resources shared with the whole
     * portal, search facets). A collaborative's name is not private.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> collaborativeIds) {
        return collaboratives.findAllById(collaborativeIds).stream()
                .collect(Collectors.toMap(Collaborative::getId, Collaborative::getName));
    }

    /** The collaboratives the signed-in person may manage. */
    @Transactional(readOnly = true)
    public List<CollaborativeSummary> organisedByMe() {
        List<Collaborative> found = currentPerson.isAdministrator()
                ? collaboratives.findAllByOrderByStartDateDescNameAsc()
                : collaboratives.findOrganisedBy(currentPerson.requireId());
        return found.stream().map(Collaboratives::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public List<PhaseView> phases(long collaborativeId) {
        access.requireMember(collaborativeId);
        return phases.findByCollaborativeIdOrderByStartDateAscKindAsc(collaborativeId).stream()
                .map(Collaboratives::toView).toList();
    }

    /**
     * Adds the next phase of a kind (learning session 3 after 2, ...). Pre-work happens once.
     *
     * @throws InvalidInput with fields {@code kind}, {@code startDate}, {@code endDate}
     */
    @Transactional
    public PhaseView addPhase(long collaborativeId, PhaseKind kind, LocalDate startDate, LocalDate endDate) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        Collaborative collaborative = load(collaborativeId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (kind == null) {
            errors.add("kind", "Choose the kind of phase.");
        }
        checkDates(startDate, endDate, errors);
        if (startDate != null && (startDate.isBefore(collaborative.getStartDate())
                || startDate.isAfter(collaborative.getEndDate()))) {
            errors.add("startDate", "Start within the collaborative (" + collaborative.getStartDate() + " to "
                    + collaborative.getEndDate() + ").");
        }
        if (endDate != null && endDate.isAfter(collaborative.getEndDate())) {
            errors.add("endDate", "End by the collaborative's end date, " + collaborative.getEndDate() + ".");
        }
        if (kind == PhaseKind.PRE_WORK && phases.existsByCollaborativeIdAndKind(collaborativeId, PhaseKind.PRE_WORK)) {
            errors.add("kind", "This collaborative already has its pre-work phase.");
        }
        errors.throwIfAny();
        int next = phases.highestSequenceNumber(collaborativeId, kind) + 1;
        return toView(phases.save(new Phase(collaborativeId, kind, next, kind.nameOf(next), startDate, endDate)));
    }

    @Transactional
    public void removePhase(long phaseId) {
        Phase phase = phases.findById(phaseId).orElseThrow(() -> new NoSuchElementException("No phase " + phaseId));
        access.requireOrganiser(phase.getCollaborativeId());
        access.requireOpen(phase.getCollaborativeId());
        phases.delete(phase);
    }

    /**
     * Replaces the phases with a classic Breakthrough Series plan across the collaborative's dates: six weeks of
     * pre-work, then {@code learningSessions} two-day learning sessions, each followed by an action period.
     */
    @Transactional
    public List<PhaseView> planBreakthroughSeries(long collaborativeId, int learningSessions) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        if (learningSessions < 1 || learningSessions > 12) {
            throw InvalidInput.of("learningSessions", "Plan between 1 and 12 learning sessions.");
        }
        Collaborative collaborative = load(collaborativeId);
        LocalDate start = collaborative.getStartDate();
        LocalDate end = collaborative.getEndDate();
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long preWorkDays = Math.min(42, days / (learningSessions + 2));
        long periodDays = (days - preWorkDays) / learningSessions;
        if (preWorkDays < 1 || periodDays < 3) {
            throw InvalidInput.of("learningSessions", "The collaborative is too short for " + learningSessions
                    + " learning sessions.");
        }
        phases.deleteByCollaborativeId(collaborativeId);
        phases.flush();
        List<Phase> plan = new ArrayList<>();
        plan.add(new Phase(collaborativeId, PhaseKind.PRE_WORK, 1, PhaseKind.PRE_WORK.nameOf(1), start,
                start.plusDays(preWorkDays - 1)));
        LocalDate cursor = start.plusDays(preWorkDays);
        for (int n = 1; n <= learningSessions; n++) {
            LocalDate sessionEnd = cursor.plusDays(1);
            LocalDate periodEnd = n == learningSessions ? end : cursor.plusDays(periodDays - 1);
            plan.add(new Phase(collaborativeId, PhaseKind.LEARNING_SESSION, n, PhaseKind.LEARNING_SESSION.nameOf(n),
                    cursor, sessionEnd));
            plan.add(new Phase(collaborativeId, PhaseKind.ACTION_PERIOD, n, PhaseKind.ACTION_PERIOD.nameOf(n),
                    sessionEnd.plusDays(1), periodEnd));
            cursor = periodEnd.plusDays(1);
        }
        return phases.saveAll(plan).stream().map(Collaboratives::toView).toList();
    }

    /** Checks the details and returns them trimmed. */
    private CollaborativeDetails validate(CollaborativeDetails details, Long existingId) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = errors.requiredLine("name", details.name(), MAX_NAME, "Give the collaborative a name.");
        if (name != null && (existingId == null ? collaboratives.existsByName(name)
                : collaboratives.existsByNameAndIdNot(name, existingId))) {
            errors.add("name", NAME_TAKEN);
        }
        String focusArea = errors.requiredLine("focusArea", details.focusArea(), MAX_NAME,
                "Say what the collaborative works on, e.g. diabetes care.");
        String description = errors.optionalText("description", details.description(), MAX_DESCRIPTION);
        checkDates(details.startDate(), details.endDate(), errors);
        LocalDate today = LocalDate.now(clock.withZone(accounts.myProfile().timeZone()));
        if (details.status() == null) {
            errors.add("status", "Choose a status.");
        } else if (details.endDate() != null && details.status() != CollaborativeStatus.ALUMNI
                && details.endDate().isBefore(today)) {
            errors.add("endDate", "This date has passed. Choose a later end date, or status \""
                    + CollaborativeStatus.ALUMNI.label() + "\" for a collaborative that is over.");
        }
        errors.throwIfAny();
        return new CollaborativeDetails(name, focusArea, description, details.startDate(), details.endDate(),
                details.status());
    }

    private static void checkDates(LocalDate startDate, LocalDate endDate, InvalidInput.Collector errors) {
        if (startDate == null) {
            errors.add("startDate", "Choose a start date.");
        }
        if (endDate == null) {
            errors.add("endDate", "Choose an end date.");
        } else if (startDate != null && endDate.isBefore(startDate)) {
            errors.add("endDate", "The end date must be on or after the start date.");
        }
    }

    private Collaborative load(long collaborativeId) {
        return collaboratives.findById(collaborativeId)
                .orElseThrow(() -> new NoSuchElementException("No collaborative " + collaborativeId));
    }

    static CollaborativeSummary toSummary(Collaborative c) {
        return new CollaborativeSummary(c.getId(), c.getName(), c.getFocusArea(), c.getDescription(),
                c.getStartDate(), c.getEndDate(), c.getStatus(), c.getClosedAt());
    }

    static PhaseView toView(Phase phase) {
        return new PhaseView(phase.getId(), phase.getKind(), phase.getSequenceNumber(), phase.getName(),
                phase.getStartDate(), phase.getEndDate());
    }
}
