package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.calendar.EventPage;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Events;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Collaboratives;
import org.allteach.credits.internal.CreditActivity;
import org.allteach.credits.internal.CompletedEvaluationRepository;
import org.allteach.credits.internal.CreditActivityRepository;
import org.allteach.credits.internal.CreditAttendanceRepository;
import org.allteach.credits.internal.CreditClaimRepository;
import org.allteach.credits.internal.EvaluationQuestion;
import org.allteach.credits.internal.EvaluationQuestionRepository;
import org.allteach.credits.internal.WindowExtension;
import org.allteach.credits.internal.WindowExtensionRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.library.Library;
import org.allteach.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** CE activities of a collaborative, planned by its organisers, and the claim-window extensions they grant. */
@Service
public class CreditActivities {

    static final int MAX_TITLE = 200;
    static final int MAX_STATEMENT = 4000;
    static final int MAX_REASON = 500;
    static final BigDecimal MAX_HOURS = new BigDecimal("99.75");

    private final CreditActivityRepository activities;
    private final EvaluationQuestionRepository questions;
    private final CreditAttendanceRepository attendance;
    private final WindowExtensionRepository extensions;
    private final CreditClaimRepository claims;
    private final CollaborativeAccess access;
    private final Collaboratives collaboratives;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Events events;
    private final Library library;
    private final Attendance calendarAttendance;
    private final AttendanceCredit attendanceCredit;
    private final CompletedEvaluationRepository evaluations;
    private final Clock clock;

    CreditActivities(CreditActivityRepository activities, EvaluationQuestionRepository questions,
                     CreditAttendanceRepository attendance, WindowExtensionRepository extensions,
                     CreditClaimRepository claims, CollaborativeAccess access, Collaboratives collaboratives,
                     CurrentPerson currentPerson, Accounts accounts, Events events, Library library,
                     Attendance calendarAttendance, AttendanceCredit attendanceCredit,
                     CompletedEvaluationRepository evaluations, Clock clock) {
        this.calendarAttendance = calendarAttendance;
        this.attendanceCredit = attendanceCredit;
        this.evaluations = evaluations;
        this.activities = activities;
        this.questions = questions;
        this.attendance = attendance;
        this.extensions = extensions;
        this.claims = claims;
        this.access = access;
        this.collaboratives = collaboratives;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.events = events;
        this.library = library;
        this.clock = clock;
    }

    /** The activities of a collaborative, for its organisers. */
    @Transactional(readOnly = true)
    public List<ActivityView> activities(long collaborativeId) {
        access.requireOrganiser(collaborativeId);
        return activities.findByCollaborativeIdOrderByTitleAsc(collaborativeId).stream().map(this::view).toList();
    }

    /** @throws NoSuchElementException when it does not exist; AccessDenied unless an organiser of its collaborative */
    @Transactional(readOnly = true)
    public ActivityView activity(long activityId) {
        CreditActivity activity = activities.findById(activityId).orElseThrow();
        access.requireOrganiser(activity.getCollaborativeId());
        return view(activity);
    }

    /**
     * Plans a CE activity.
     *
     * @return its id
     * @throws InvalidInput with fields {@code title}, {@code link}, {@code provider}, {@code offers},
     *                      {@code accreditationStatement}, {@code designationStatement}, {@code disclosures},
     *                      {@code claimWindowDays}, {@code evaluation}
     */
    @Transactional
    public long create(ActivityDetails details) {
        access.requireOrganiser(details.collaborativeId());
        access.requireOpen(details.collaborativeId());
        CreditActivity activity = new CreditActivity(details.collaborativeId(), currentPerson.requireId(),
                clock.instant());
        describe(activity, details);
        activity = activities.save(activity);
        replaceQuestions(activity.getId(), details.evaluation());
        countAttendanceSoFar(activity);
        return activity.getId();
    }

    /**
     * Changes an activity; see {@link #create} for the fields. Claims already made keep their certificates. Once the
     * collaborative has closed its activities are history: claims, evaluations and certificates go on, and the
     * activities they were made against do not change (docs/decisions/0033).
     */
    @Transactional
    public void update(long activityId, ActivityDetails details) {
        CreditActivity activity = activities.findById(activityId).orElseThrow();
        access.requireOrganiser(activity.getCollaborativeId());
        access.requireOpen(activity.getCollaborativeId());
        if (details.collaborativeId() != activity.getCollaborativeId()) {
            throw InvalidInput.of("link", "An activity stays with its collaborative.");
        }
        String before = linkKey(activity);
        describe(activity, details);
        replaceQuestions(activityId, details.evaluation());
        if (!before.equals(linkKey(activity))) {
            if (attendance.existsByActivityId(activityId)) {
                throw InvalidInput.of("link", "Attendance already counts for this activity, so it stays linked to "
                        + "what it was; plan a new activity for another session.");
            }
            countAttendanceSoFar(activity);
        }
    }

    /** Attendance recorded before the activity was planned (or relinked) counts as if it came after. */
    private void countAttendanceSoFar(CreditActivity activity) {
        if (activity.getLinkKind() == ActivityLink.Kind.EVENT || activity.getLinkKind() == ActivityLink.Kind.SERIES) {
            calendarAttendance.recorded(activity.getEventId(), activity.getLinkKind() == ActivityLink.Kind.SERIES)
                    .forEach(attended -> attendanceCredit.count(activity.getId(), attended));
        }
    }

    /**
     * Extends one person's claim window to {@code newEnd}, recorded with the reason. Only for someone whose
     * attendance was recorded for the activity.
     *
     * @throws InvalidInput with fields {@code newEnd}, {@code reason}
     */
    @Transactional
    public void extendWindow(long activityId, long personId, Instant newEnd, String reason) {
        CreditActivity activity = activities.findById(activityId).orElseThrow();
        access.requireOrganiser(activity.getCollaborativeId());
        if (attendance.findByActivityIdAndPersonId(activityId, personId).isEmpty()) {
            throw new NoSuchElementException("No attendance of person " + personId + " for activity " + activityId);
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (newEnd == null || !newEnd.isAfter(clock.instant())) {
            errors.add("newEnd", "Choose a new end in the future.");
        }
        String why = errors.requiredLine("reason", reason, MAX_REASON,
                "Say why, for the record (e.g. \u201cunwell during the claim window\u201d).");
        errors.throwIfAny();
        extensions.save(new WindowExtension(activityId, personId, newEnd, why, currentPerson.requireId(),
                clock.instant()));
    }

    /** The extensions granted for an activity, latest first. */
    @Transactional(readOnly = true)
    public List<WindowExtensionRecord> extensions(long activityId) {
        CreditActivity activity = activities.findById(activityId).orElseThrow();
        access.requireOrganiser(activity.getCollaborativeId());
        List<WindowExtension> found = extensions.findByActivityIdOrderByExtendedAtDesc(activityId);
        Set<Long> people = found.stream().flatMap(e -> java.util.stream.Stream.of(e.getPersonId(),
                e.getExtendedBy())).collect(Collectors.toSet());
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        return found.stream().map(e -> new WindowExtensionRecord(e.getPersonId(),
                PersonProfile.displayNameIn(profiles, e.getPersonId()), e.getNewEnd(), e.getReason(),
                PersonProfile.displayNameIn(profiles, e.getExtendedBy()), e.getExtendedAt())).toList();
    }

    /**
     * A person whose attendance was recorded for an activity: whose claim window an organiser may extend.
     *
     * @param claimed whether they have claimed credit for it yet
     */
    public record Attendee(long personId, String name, boolean claimed) {
    }

    /** The people who attended an activity, by name, for its organisers. */
    @Transactional(readOnly = true)
    public List<Attendee> attendees(long activityId) {
        CreditActivity activity = activities.findById(activityId).orElseThrow();
        access.requireOrganiser(activity.getCollaborativeId());
        Set<Long> people = attendance.findByActivityId(activityId).stream()
                .map(org.allteach.credits.internal.CreditAttendance::getPersonId).collect(Collectors.toSet());
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        Set<Long> claimants = claims.findClaimantIds(activityId);
        return people.stream().map(id -> new Attendee(id, PersonProfile.displayNameIn(profiles, id),
                        claimants.contains(id)))
                .sorted(java.util.Comparator.comparing(Attendee::name)).toList();
    }

    /** How many attended and claimed each activity of a collaborative, by activity id, for its organisers. */
    @Transactional(readOnly = true)
    public Map<Long, ActivityTally> tallies(long collaborativeId) {
        access.requireOrganiser(collaborativeId);
        return activities.tallies(collaborativeId).stream()
                .collect(Collectors.toMap(ActivityTally::activityId, tally -> tally));
    }

    private void describe(CreditActivity activity, ActivityDetails details) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = errors.requiredLine("title", details.title(), MAX_TITLE, "Give the activity a title.");
        Long eventId = null;
        Long seriesId = null;
        Long resourceId = null;
        ActivityLink link = details.link();
        if (link == null || link.kind() == null) {
            errors.add("link", "Choose the session, series or recording the credit is for.");
        } else if (link.kind() == ActivityLink.Kind.QI_PROJECT) {
            if (!details.offers().containsKey(CreditType.MOC_PART_IV)) {
                errors.add("offers", "Offer MOC Part IV points for the QI project.");
            }
            // One project, one attestation each: a second activity would let a physician claim its points twice.
            if (activities.existsByCollaborativeIdAndLinkKindAndIdNot(details.collaborativeId(),
                    ActivityLink.Kind.QI_PROJECT, activity.getId() == null ? -1 : activity.getId())) {
                errors.add("link", "The collaborative's QI project already has its MOC Part IV activity.");
            }
        } else if (link.kind() == ActivityLink.Kind.ENDURING) {
            if (library.titles(List.of(link.id())).isEmpty()) {
                errors.add("link", "Choose a library resource you can open.");
            } else {
                resourceId = link.id();
            }
        } else {
            EventPage event = visibleEvent(link.id());
            if (event == null || event.summary().collaborativeId() != details.collaborativeId()) {
                errors.add("link", "Choose an event of this collaborative.");
            } else if (event.summary().community()) {
                // the community's events are hosted from a collaborative, not part of its programme
                errors.add("link", "The community's events earn no credit; choose one of the collaborative's own.");
            } else if (link.kind() == ActivityLink.Kind.SERIES && event.summary().seriesId() == null) {
                errors.add("link", "This event is not part of a series; link the event itself.");
            } else {
                eventId = link.id();
                seriesId = link.kind() == ActivityLink.Kind.SERIES ? event.summary().seriesId() : null;
            }
        }
        String provider = errors.requiredLine("provider", details.provider(), MAX_TITLE,
                "Name the accredited provider that designates the credit.");
        if (details.offers().isEmpty()) {
            errors.add("offers", "Offer at least one kind of credit (a certificate of participation will do).");
        }
        details.offers().forEach((type, hours) -> {
            if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
                errors.add("offers", "Give " + type.label() + " a maximum between " + type.step() + " and "
                        + MAX_HOURS.toPlainString() + " hours.");
            } else if (hours.remainder(type.step()).signum() != 0) {
                errors.add("offers", "Give " + type.label() + " a maximum in steps of "
                        + type.step().stripTrailingZeros().toPlainString() + " hours.");
            }
        });
        String accreditation = statement(errors, "accreditationStatement", details.accreditationStatement());
        String designation = statement(errors, "designationStatement", details.designationStatement());
        if (details.accreditationStatement() != null && details.accreditationStatement().contains("[Provider]")
                || details.designationStatement() != null && details.designationStatement().contains("[")) {
            errors.add("designationStatement", "Replace the [placeholders] in the statements.");
        }
        List<String> disclosures = details.disclosures().stream().map(String::strip).filter(d -> !d.isEmpty())
                .toList();
        if (disclosures.stream().anyMatch(d -> d.length() > MAX_TITLE * 2)) {
            errors.add("disclosures", "Keep each disclosure to " + MAX_TITLE * 2 + " characters.");
        }
        if (details.claimWindowDays() < 1 || details.claimWindowDays() > 365) {
            errors.add("claimWindowDays", "Give a claim window of 1 to 365 days.");
        }
        List<EvaluationItem> items = details.evaluation();
        // A QI project's attestation is its reflection; an evaluation there is the organisers' choice (decision 0024).
        boolean qiProject = link != null && link.kind() == ActivityLink.Kind.QI_PROJECT;
        if (!(qiProject && items.isEmpty())
                && items.stream().noneMatch(item -> item.kind() == EvaluationItem.Kind.LIKERT)) {
            errors.add("evaluation", "Keep at least one statement to rate.");
        }
        if (items.stream().anyMatch(item -> item.kind() == null || item.text() == null || item.text().isBlank()
                || item.text().strip().length() > 500)) {
            errors.add("evaluation", "Every item needs a statement or question of up to 500 characters.");
        }
        errors.throwIfAny();
        activity.describe(title, link.kind(), eventId, seriesId, resourceId, provider, accreditation, designation,
                String.join("\n", disclosures), details.claimWindowDays(), details.offers(), clock.instant());
    }

    private static String statement(InvalidInput.Collector errors, String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.add(field, "Enter the statement; the default shows the required wording.");
        } else if (value.length() > MAX_STATEMENT) {
            errors.add(field, "Keep the statement to " + MAX_STATEMENT + " characters.");
        }
        return value;
    }

    private EventPage visibleEvent(long eventId) {
        try {
            return events.event(eventId);
        } catch (NoSuchElementException notVisible) {
            return null;
        }
    }

    /**
     * Writes the evaluation form when it changed. Once someone has answered it, it stays: the answers belong to its
     * questions (decision 0022).
     */
    private void replaceQuestions(long activityId, List<EvaluationItem> items) {
        List<EvaluationQuestion> current = questions.findByActivityIdOrderByPositionAsc(activityId);
        if (sameItems(current, items)) {
            return;
        }
        if (evaluations.existsByActivityId(activityId)) {
            throw InvalidInput.of("evaluation", "Learners have answered this evaluation, so its items stay as they "
                    + "are; plan a new activity for a different form.");
        }
        questions.deleteByActivityId(activityId);
        questions.flush();
        List<EvaluationQuestion> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(new EvaluationQuestion(activityId, i + 1, items.get(i).kind(), items.get(i).text().strip()));
        }
        questions.saveAll(rows);
    }

    private static boolean sameItems(List<EvaluationQuestion> current, List<EvaluationItem> items) {
        if (current.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            EvaluationItem item = items.get(i);
            if (current.get(i).getKind() != item.kind() || item.text() == null
                    || !current.get(i).getText().equals(item.text().strip())) {
                return false;
            }
        }
        return true;
    }

    /** What attendance is matched on: a series by its id, whichever of its sessions it was picked by. */
    private static String linkKey(CreditActivity activity) {
        return activity.getLinkKind() + ":" + (activity.getLinkKind() == ActivityLink.Kind.SERIES
                ? activity.getSeriesId() : linkId(activity));
    }

    /** The id of what an activity is linked to, as {@link ActivityLink} names it. */
    private static long linkId(CreditActivity activity) {
        return switch (activity.getLinkKind()) {
            case ENDURING -> activity.getResourceId();
            case QI_PROJECT -> activity.getCollaborativeId();
            case EVENT, SERIES -> activity.getEventId();
        };
    }

    private ActivityView view(CreditActivity activity) {
        String linkedTitle = switch (activity.getLinkKind()) {
            case QI_PROJECT -> "QI project of " + collaboratives.names(List.of(activity.getCollaborativeId()))
                    .get(activity.getCollaborativeId());
            case ENDURING -> library.titles(List.of(activity.getResourceId())).getOrDefault(activity.getResourceId(),
                    "A library resource you cannot open");
            case EVENT, SERIES -> java.util.Optional.ofNullable(visibleEvent(activity.getEventId()))
                    .map(page -> page.summary().title()).orElse("An event you cannot see");
        };
        List<EvaluationItem> items = questions.findByActivityIdOrderByPositionAsc(activity.getId()).stream()
                .map(EvaluationQuestion::toItem).toList();
        ActivityDetails details = new ActivityDetails(activity.getCollaborativeId(), activity.getTitle(),
                new ActivityLink(activity.getLinkKind(), linkId(activity)), activity.getProvider(), activity.getOffers(),
                activity.getAccreditationStatement(), activity.getDesignationStatement(),
                activity.getDisclosures().isEmpty() ? List.of()
                        : Arrays.asList(activity.getDisclosures().split("\n")),
                activity.getClaimWindowDays(), items);
        return new ActivityView(activity.getId(), details, linkedTitle);
    }
}
