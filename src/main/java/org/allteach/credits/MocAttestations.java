package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.RoleHeld;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.credits.internal.CreditActivity;
import org.allteach.credits.internal.CreditActivityRepository;
import org.allteach.credits.internal.CreditAttendance;
import org.allteach.credits.internal.CreditAttendanceRepository;
import org.allteach.credits.internal.MocAttestation;
import org.allteach.credits.internal.MocAttestationRepository;
import org.allteach.credits.internal.MocStep;
import org.allteach.credits.internal.MocStepRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Profession;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MOC Part IV (decision 0024): a participant attests their meaningful participation in the collaborative's QI project,
 * a lead of their team (or an organiser) co-signs, an organiser approves, and the participant then claims the points
 * through {@link CreditClaims} like any other credit. Either signer may return it with a reason; every step is kept.
 * <p>
 * Only the participant, the people who may sign it and nobody else can read an attestation; to everyone else it does
 * not exist ({@link NoSuchElementException}, as for an unknown id).
 */
@Service
public class MocAttestations {

    /** What the participant ticks. */
    public static final String STATEMENT = "I attest that I meaningfully participated in this quality-improvement"
            + " project during the period above: I helped carry out its changes, reviewed its data with my team and"
            + " took part in its reflections on what to adopt, adapt or abandon.";

    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 1000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);
    private static final long NO_ID = -1;

    private final MocAttestationRepository attestations;
    private final MocStepRepository steps;
    private final CreditActivityRepository activities;
    private final CreditAttendanceRepository attendance;
    private final CollaborativeAccess access;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Clock clock;

    MocAttestations(MocAttestationRepository attestations, MocStepRepository steps,
                    CreditActivityRepository activities, CreditAttendanceRepository attendance,
                    CollaborativeAccess access, Collaboratives collaboratives, Teams teams,
                    CurrentPerson currentPerson, Accounts accounts, Clock clock) {
        this.attestations = attestations;
        this.steps = steps;
        this.activities = activities;
        this.attendance = attendance;
        this.access = access;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The QI projects of the collaboratives where the signed-in person is in a team, and those they attested (also
     * after leaving the team), with their attestations. By title.
     */
    @Transactional(readOnly = true)
    public List<MocProjectSummary> myProjects() {
        Map<Long, AttestationStatus> mine = attestations.findByPersonId(currentPerson.requireId()).stream()
                .collect(Collectors.toMap(MocAttestation::getActivityId, MocAttestation::getStatus));
        Set<Long> collaborativeIds = access.myRoles().stream().filter(MocAttestations::attests)
                .map(RoleHeld::collaborativeId).collect(Collectors.toSet());
        Map<Long, CreditActivity> projects = new HashMap<>();
        if (!collaborativeIds.isEmpty()) {
            Profession profession = accounts.profile(currentPerson.requireId()).profession();
            // Projects offering nothing for the person's profession are not theirs to attest (a nurse, MOC points).
            activities.findByCollaborativeIdInAndLinkKindOrderByTitleAsc(collaborativeIds,
                    ActivityLink.Kind.QI_PROJECT).stream().filter(project -> creditFor(project, profession))
                    .forEach(p -> projects.put(p.getId(), p));
        }
        Set<Long> attestedElsewhere = new HashSet<>(mine.keySet());
        attestedElsewhere.removeAll(projects.keySet());
        if (!attestedElsewhere.isEmpty()) {
            activities.findByIdIn(attestedElsewhere).forEach(p -> projects.put(p.getId(), p));
        }
        return projects.values().stream().sorted(Comparator.comparing(CreditActivity::getTitle)
                        .thenComparing(CreditActivity::getId))
                .map(p -> new MocProjectSummary(p.getId(), p.getTitle(), mine.get(p.getId()))).toList();
    }

    /** Whether the project offers credit the signed-in person's profession may claim. */
    private static boolean creditFor(CreditActivity project, Profession profession) {
        return !ClaimRules.typesFor(profession, project.getOffers().keySet(), Set.of()).isEmpty();
    }

    /**
     * A QI project as the signed-in person attests it. Once they attested it stays theirs: someone who left their
     * team still reads their attestation and claims its points once approved.
     *
     * @throws NoSuchElementException unless it is a QI project they attested or of a collaborative where they are in a
     *                                team
     */
    @Transactional(readOnly = true)
    public MocProject myProject(long activityId) {
        CreditActivity activity = project(activityId);
        MocAttestation own = attestations.findByActivityIdAndPersonId(activityId, currentPerson.requireId())
                .orElse(null);
        List<Long> teamIds = myTeams(activity.getCollaborativeId());
        if (teamIds.isEmpty() && own == null) {
            throw new NoSuchElementException("No QI project " + activityId + " of yours");
        }
        Attestation attestation = own == null ? null : view(own, activity);
        BigDecimal maxPoints = activity.getOffers().get(CreditType.MOC_PART_IV);
        if (teamIds.isEmpty()) {
            // They left their team: the collaborative's details are for its members, and they attest nothing more.
            long collaborativeId = activity.getCollaborativeId();
            return new MocProject(activityId, activity.getTitle(),
                    collaboratives.names(List.of(collaborativeId)).get(collaborativeId),
                    YearMonth.from(own.getPeriodFrom()), YearMonth.from(own.getPeriodTo()), maxPoints, List.of(),
                    attestation);
        }
        CollaborativeSummary collaborative = collaboratives.summary(activity.getCollaborativeId());
        Map<Long, String> names = teams.names(teamIds);
        List<TeamRef> mine = teamIds.stream().map(id -> new TeamRef(id, names.get(id)))
                .sorted(Comparator.comparing(TeamRef::name)).toList();
        YearMonth now = YearMonth.now(clock.withZone(myZone()));
        YearMonth last = YearMonth.from(collaborative.endDate());
        return new MocProject(activityId, activity.getTitle(), collaborative.name(),
                YearMonth.from(collaborative.startDate()), now.isBefore(last) ? now : last, maxPoints, mine,
                attestation);
    }

    /**
     * The signed-in person attests their participation, or resubmits an attestation returned to them (keeping its
     * history). It then waits for a co-signature.
     *
     * @return the attestation's id
     * @throws InvalidInput with fields {@code team}, {@code from}, {@code to}, {@code aims}, {@code role},
     *                      {@code attested}, or {@code attestation} when it was already submitted
     */
    @Transactional
    public long attest(long activityId, AttestationDetails details) {
        CreditActivity activity = project(activityId);
        long me = currentPerson.requireId();
        List<Long> myTeams = myTeams(activity.getCollaborativeId());
        if (myTeams.isEmpty()) {
            throw new NoSuchElementException("No QI project " + activityId + " of yours");
        }
        MocAttestation attestation = attestations.findByActivityIdAndPersonId(activityId, me).orElse(null);
        if (attestation != null && attestation.getStatus() != AttestationStatus.RETURNED) {
            throw InvalidInput.of("attestation", "You have already attested; it is "
                    + attestation.getStatus().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (!creditFor(activity, accounts.profile(me).profession())) {
            throw InvalidInput.of("attestation", "None of the credit this project offers is for your profession (MOC "
                    + "Part IV points are for physicians); check your profession on your profile.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long teamId = details.teamId() == null && myTeams.size() == 1 ? myTeams.getFirst() : details.teamId();
        if (teamId == null || !myTeams.contains(teamId)) {
            errors.add("team", "Choose the team whose project you took part in.");
        }
        checkPeriod(errors, collaboratives.summary(activity.getCollaborativeId()), details.from(), details.to(),
                YearMonth.now(clock.withZone(myZone())));
        String aims = text(errors, "aims", details.aims(), "Describe the project's aims.");
        String role = text(errors, "role", details.role(), "Describe your role in the project.");
        if (!details.attested()) {
            errors.add("attested", "Tick the statement to attest your participation.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        AttestationStep.Action action = attestation == null ? AttestationStep.Action.SUBMITTED
                : AttestationStep.Action.RESUBMITTED;
        MocAttestation submitted = attestation == null ? new MocAttestation(activityId, me) : attestation;
        submitted.submit(teamId, details.from().atDay(1), details.to().atDay(1), aims, role, now);
        MocAttestation saved = UniqueConstraints.saving(() -> attestations.saveAndFlush(submitted),
                "uk_credit_moc_attestation", "attestation", "You have already attested.");
        steps.save(new MocStep(saved.getId(), action, me, now, null));
        return saved.getId();
    }

    /**
     * One attestation, for its participant and the people who may sign it.
     *
     * @throws NoSuchElementException when it does not exist or the signed-in person may not read it (the same answer)
     */
    @Transactional(readOnly = true)
    public Attestation attestation(long attestationId) {
        MocAttestation attestation = readable(attestationId);
        return view(attestation, activities.findById(attestation.getActivityId()).orElseThrow());
    }

    /**
     * Co-signs a submitted attestation: a lead of the participant's team or an organiser of the collaborative, never
     * the participant (a lead's own attestation is co-signed by another lead of the team or an organiser).
     *
     * @throws InvalidInput with fields {@code note}, {@code attestation} (when it is not waiting for a co-signature,
     *                      or someone acted on it at the same time)
     */
    @Transactional
    public void coSign(long attestationId, String note) {
        MocAttestation attestation = readable(attestationId);
        CreditActivity activity = activities.findById(attestation.getActivityId()).orElseThrow();
        if (!notMine(attestation) || !maySign(attestation, activity)) {
            throw new AccessDeniedException(
                    "Only a lead of the participant's team or an organiser may co-sign.");
        }
        requireStatus(attestation, AttestationStatus.SUBMITTED, "It is no longer waiting for a co-signature.");
        record(attestation, AttestationStatus.CO_SIGNED, AttestationStep.Action.CO_SIGNED, optionalNote(note));
    }

    /**
     * Approves a co-signed attestation: an organiser of the collaborative who is not the participant. The participant
     * may then claim its points; their claim window opens now.
     *
     * @throws InvalidInput with fields {@code note}, {@code attestation} (when it is not co-signed, or someone acted
     *                      on it at the same time)
     */
    @Transactional
    public void approve(long attestationId, String note) {
        MocAttestation attestation = readable(attestationId);
        CreditActivity activity = activities.findById(attestation.getActivityId()).orElseThrow();
        if (!notMine(attestation) || !access.isOrganiser(activity.getCollaborativeId())) {
            throw new AccessDeniedException(
                    "Only the collaborative's organisers may approve.");
        }
        requireStatus(attestation, AttestationStatus.CO_SIGNED, "It is no longer waiting for approval.");
        record(attestation, AttestationStatus.APPROVED, AttestationStep.Action.APPROVED, optionalNote(note));
        // The approval is what credit is claimed from: one attendance row opens the claim window now; its date (the
        // end of the period, or today if that is later) is the date the certificate names.
        Instant now = clock.instant();
        ZoneId zone = accounts.profile(attestation.getPersonId()).timeZone();
        LocalDate lastDay = YearMonth.from(attestation.getPeriodTo()).atEndOfMonth();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate completed = lastDay.isBefore(today) ? lastDay : today;
        attendance.save(new CreditAttendance(activity.getId(), attestation.getPersonId(), null, 0,
                completed.atStartOfDay(zone).plusHours(12).toInstant(), completed, now));
    }

    /**
     * Returns an attestation to the participant with the reason, to change and resubmit: whoever may co-sign it while
     * it waits for a co-signature, an organiser while it waits for approval.
     *
     * @throws InvalidInput with fields {@code note} (the reason, required), {@code attestation}
     */
    @Transactional
    public void returnToParticipant(long attestationId, String reason) {
        MocAttestation attestation = readable(attestationId);
        CreditActivity activity = activities.findById(attestation.getActivityId()).orElseThrow();
        if (!mayReturn(attestation, activity)) {
            if (attestation.getStatus() == AttestationStatus.APPROVED
                    || attestation.getStatus() == AttestationStatus.RETURNED) {
                throw InvalidInput.of("attestation", "It is " + attestation.getStatus().label()
                        .toLowerCase(Locale.ROOT) + "; it cannot be returned now.");
            }
            throw new AccessDeniedException(
                    "Only the person who signs next may return it.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String why = errors.optionalText("note", reason, MAX_NOTE);
        if (why == null && !errors.has("note")) {
            errors.add("note", "Say what to change, so the participant can put it right.");
        }
        errors.throwIfAny();
        record(attestation, AttestationStatus.RETURNED, AttestationStep.Action.RETURNED, why);
    }

    /** The attestations waiting for the signed-in person to co-sign or approve, oldest first. */
    @Transactional(readOnly = true)
    public List<AttestationSummary> waitingForMe() {
        Set<Long> led = new HashSet<>();
        Set<Long> organised = new HashSet<>();
        for (RoleHeld role : access.myRoles()) {
            if (role.role() == Role.TEAM_LEAD && role.teamId() != null) {
                led.add(role.teamId());
            } else if (role.role() == Role.ORGANISER) {
                organised.add(role.collaborativeId());
            }
        }
        if (led.isEmpty() && organised.isEmpty()) {
            return List.of();
        }
        List<MocAttestation> waiting = attestations.findWaitingFor(currentPerson.requireId(), orNone(led),
                orNone(organised));
        Map<Long, CreditActivity> byId = activities.findByIdIn(waiting.stream().map(MocAttestation::getActivityId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(CreditActivity::getId,
                Function.identity()));
        Map<Long, PersonProfile> people = accounts.profiles(waiting.stream().map(MocAttestation::getPersonId)
                .collect(Collectors.toSet()));
        Map<Long, String> teamNames = teams.names(waiting.stream().map(MocAttestation::getTeamId)
                .collect(Collectors.toSet()));
        return waiting.stream().map(a -> new AttestationSummary(a.getId(), a.getActivityId(),
                byId.get(a.getActivityId()).getTitle(), PersonProfile.displayNameIn(people, a.getPersonId()),
                teamNames.get(a.getTeamId()), YearMonth.from(a.getPeriodFrom()), YearMonth.from(a.getPeriodTo()),
                a.getStatus(), a.getUpdatedAt())).toList();
    }

    private static Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? List.of(NO_ID) : ids;
    }

    private static boolean attests(RoleHeld role) {
        return role.teamId() != null && (role.role() == Role.PARTICIPANT || role.role() == Role.TEAM_LEAD);
    }

    /** The signed-in person's teams in a collaborative where they take part in the project (not as its coach). */
    private List<Long> myTeams(long collaborativeId) {
        return access.myRoles().stream().filter(role -> role.collaborativeId() == collaborativeId)
                .filter(MocAttestations::attests).map(RoleHeld::teamId).distinct().toList();
    }

    private CreditActivity project(long activityId) {
        return activities.findById(activityId).filter(a -> a.getLinkKind() == ActivityLink.Kind.QI_PROJECT)
                .orElseThrow(() -> new NoSuchElementException("No QI project " + activityId));
    }

    private MocAttestation readable(long attestationId) {
        MocAttestation attestation = attestations.findById(attestationId).orElseThrow();
        CreditActivity activity = activities.findById(attestation.getActivityId()).orElseThrow();
        if (attestation.getPersonId() != currentPerson.requireId() && !maySign(attestation, activity)) {
            throw new NoSuchElementException("No attestation " + attestationId);
        }
        return attestation;
    }

    /** Whether the signed-in person is one of the people who may sign this attestation at some stage. */
    private boolean maySign(MocAttestation attestation, CreditActivity activity) {
        return isLeadOf(attestation.getTeamId()) || access.isOrganiser(activity.getCollaborativeId());
    }

    private boolean isLeadOf(long teamId) {
        return access.myRoles().stream().anyMatch(role -> role.role() == Role.TEAM_LEAD
                && role.teamId() != null && role.teamId() == teamId);
    }

    private boolean notMine(MocAttestation attestation) {
        return attestation.getPersonId() != currentPerson.requireId();
    }

    private boolean mayCoSign(MocAttestation attestation, CreditActivity activity) {
        return attestation.getStatus() == AttestationStatus.SUBMITTED && notMine(attestation)
                && maySign(attestation, activity);
    }

    private boolean mayApprove(MocAttestation attestation, CreditActivity activity) {
        return attestation.getStatus() == AttestationStatus.CO_SIGNED && notMine(attestation)
                && access.isOrganiser(activity.getCollaborativeId());
    }

    private boolean mayReturn(MocAttestation attestation, CreditActivity activity) {
        return mayCoSign(attestation, activity) || mayApprove(attestation, activity);
    }

    private static void requireStatus(MocAttestation attestation, AttestationStatus expected, String otherwise) {
        if (attestation.getStatus() != expected) {
            throw InvalidInput.of("attestation", otherwise);
        }
    }

    private void record(MocAttestation attestation, AttestationStatus status, AttestationStep.Action action,
                        String note) {
        Instant now = clock.instant();
        attestation.moveTo(status, now);
        try {
            attestations.saveAndFlush(attestation);
        } catch (ObjectOptimisticLockingFailureException meanwhile) {
            // Another signer's step was saved after this one read the attestation: its status check was out of date.
            throw InvalidInput.of("attestation", "Someone acted on it meanwhile; reload the page.");
        }
        steps.save(new MocStep(attestation.getId(), action, currentPerson.requireId(), now, note));
    }

    private static String optionalNote(String note) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String value = errors.optionalText("note", note, MAX_NOTE);
        errors.throwIfAny();
        return value;
    }

    private static void checkPeriod(InvalidInput.Collector errors, CollaborativeSummary collaborative,
                                    YearMonth from, YearMonth to, YearMonth current) {
        YearMonth first = YearMonth.from(collaborative.startDate());
        YearMonth last = YearMonth.from(collaborative.endDate());
        String within = " (" + MONTH.format(first) + " to " + MONTH.format(last) + ").";
        if (from == null) {
            errors.add("from", "Choose the first month you took part.");
        } else if (from.isBefore(first) || from.isAfter(last)) {
            errors.add("from", "Start within the collaborative" + within);
        }
        if (to == null) {
            errors.add("to", "Choose the last month you took part.");
        } else if (to.isBefore(first) || to.isAfter(last)) {
            errors.add("to", "End within the collaborative" + within);
        } else if (from != null && to.isBefore(from)) {
            errors.add("to", "End in or after the first month.");
        } else if (to.isAfter(current)) {
            errors.add("to", "Attest only to months that have begun.");
        }
    }

    private static String text(InvalidInput.Collector errors, String field, String value, String whenMissing) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(field, whenMissing);
        } else if (text.length() > MAX_TEXT) {
            errors.add(field, "Keep it to " + MAX_TEXT + " characters.");
        }
        return text;
    }

    private ZoneId myZone() {
        return accounts.profile(currentPerson.requireId()).timeZone();
    }

    private Attestation view(MocAttestation a, CreditActivity activity) {
        List<MocStep> recorded = steps.findByAttestationIdOrderByActedAtAscIdAsc(a.getId());
        Set<Long> people = new HashSet<>();
        people.add(a.getPersonId());
        recorded.forEach(step -> people.add(step.getActorId()));
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        List<AttestationStep> timeline = new ArrayList<>();
        for (MocStep step : recorded) {
            timeline.add(new AttestationStep(step.getAction(), PersonProfile.displayNameIn(profiles,
                    step.getActorId()), step.getActedAt(), step.getNote()));
        }
        // Resubmitting sends it to a lead of a team the participant is in; someone who left it cannot.
        boolean mayEdit = !notMine(a) && a.getStatus() == AttestationStatus.RETURNED
                && !myTeams(activity.getCollaborativeId()).isEmpty();
        return new Attestation(a.getId(), activity.getId(), activity.getTitle(), a.getPersonId(),
                PersonProfile.displayNameIn(profiles, a.getPersonId()), a.getTeamId(),
                teams.names(List.of(a.getTeamId())).getOrDefault(a.getTeamId(), "Their team"),
                YearMonth.from(a.getPeriodFrom()), YearMonth.from(a.getPeriodTo()), a.getAims(), a.getRole(),
                a.getStatus(), timeline, mayEdit,
                mayCoSign(a, activity), mayApprove(a, activity), mayReturn(a, activity));
    }
}
