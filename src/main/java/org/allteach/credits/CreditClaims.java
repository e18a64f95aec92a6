package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.VisibleScopes;
import org.allteach.credits.document.CertificateContent;
import org.allteach.credits.document.CertificateDocument;
import org.allteach.credits.document.TranscriptContent;
import org.allteach.credits.document.TranscriptDocument;
import org.allteach.credits.document.TranscriptLine;
import org.allteach.credits.document.VerificationCodes;
import org.allteach.credits.internal.Certificate;
import org.allteach.credits.internal.CertificateRepository;
import org.allteach.credits.internal.CompletedEvaluation;
import org.allteach.credits.internal.CompletedEvaluationRepository;
import org.allteach.credits.internal.CreditActivity;
import org.allteach.credits.internal.CreditActivityRepository;
import org.allteach.credits.internal.CreditAttendance;
import org.allteach.credits.internal.CreditAttendanceRepository;
import org.allteach.credits.internal.CreditClaim;
import org.allteach.credits.internal.CreditClaimRepository;
import org.allteach.credits.internal.EvaluationAnswer;
import org.allteach.credits.internal.EvaluationAnswerRepository;
import org.allteach.credits.internal.EvaluationQuestion;
import org.allteach.credits.internal.EvaluationQuestionRepository;
import org.allteach.credits.internal.WindowExtension;
import org.allteach.credits.internal.WindowExtensionRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.UniqueConstraints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's side of credit: the activities they attended, evaluating them, attesting completion of an
 * enduring material, and claiming credit. Everything here is about the signed-in person only; no method takes a
 * person id, so nobody reaches another person's credit through it.
 */
@Service
public class CreditClaims {

    static final int MAX_ANSWER = 2000;

    private final CreditActivityRepository activities;
    private final CreditAttendanceRepository attendance;
    private final WindowExtensionRepository extensions;
    private final EvaluationQuestionRepository questions;
    private final CompletedEvaluationRepository evaluations;
    private final EvaluationAnswerRepository answers;
    private final CreditClaimRepository claims;
    private final CertificateRepository certificates;
    private final CertificateDocument certificateDocument;
    private final TranscriptDocument transcriptDocument;
    private final PublicLinks links;
    private final CurrentPerson currentPerson;
    private final CollaborativeAccess access;
    private final Accounts accounts;
    private final Clock clock;

    CreditClaims(CreditActivityRepository activities, CreditAttendanceRepository attendance,
                 WindowExtensionRepository extensions, EvaluationQuestionRepository questions,
                 CompletedEvaluationRepository evaluations, EvaluationAnswerRepository answers,
                 CreditClaimRepository claims, CertificateRepository certificates,
                 CertificateDocument certificateDocument, TranscriptDocument transcriptDocument, PublicLinks links,
                 CurrentPerson currentPerson, CollaborativeAccess access, Accounts accounts, Clock clock) {
        this.certificates = certificates;
        this.certificateDocument = certificateDocument;
        this.transcriptDocument = transcriptDocument;
        this.links = links;
        this.activities = activities;
        this.attendance = attendance;
        this.extensions = extensions;
        this.questions = questions;
        this.evaluations = evaluations;
        this.answers = answers;
        this.claims = claims;
        this.currentPerson = currentPerson;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The activities the signed-in person attended, latest window first. QI projects (MOC Part IV) are not among them:
     * their attestation page ({@link MocAttestations}) leads to their claim.
     */
    @Transactional(readOnly = true)
    public List<ClaimableActivity> myActivities() {
        long me = currentPerson.requireId();
        PersonProfile profile = accounts.profile(me);
        Map<Long, List<CreditAttendance>> mine = attendance.findByPersonId(me).stream()
                .collect(Collectors.groupingBy(CreditAttendance::getActivityId));
        LearnerRecord record = learnerRecord(me, mine.keySet());
        return activities.findByIdIn(mine.keySet()).stream()
                .filter(activity -> activity.getLinkKind() != ActivityLink.Kind.QI_PROJECT)
                .map(activity -> claimable(activity, profile, mine.get(activity.getId()), record))
                .sorted(Comparator.comparing(ClaimableActivity::windowEnd).reversed()).toList();
    }

    /**
     * One activity the signed-in person attended, or a recording of their collaborative they may attest.
     *
     * @throws NoSuchElementException when neither
     */
    @Transactional(readOnly = true)
    public ClaimableActivity myActivity(long activityId) {
        long me = currentPerson.requireId();
        List<CreditAttendance> rows = attendance.findByActivityIdAndPersonId(activityId, me);
        CreditActivity activity = rows.isEmpty() ? enduringOfMyCollaborative(activityId)
                : activities.findById(activityId).orElseThrow();
        return claimable(activity, accounts.profile(me), rows, learnerRecord(me, List.of(activityId)));
    }

    /**
     * Recordings (enduring materials) offering credit in the signed-in person's collaboratives that they have not
     * attested yet, newest first.
     */
    @Transactional(readOnly = true)
    public List<RecordingToAttest> recordingsToAttest() {
        VisibleScopes scopes = access.visibleScopes();
        return activities.findEnduringNotAttested(scopes.everything(), scopes.collaborativeIdsForQuery(),
                        currentPerson.requireId()).stream()
                .map(activity -> new RecordingToAttest(activity.getId(), activity.getTitle(),
                        activity.getResourceId(), mostMinutes(activity))).toList();
    }

    /** The evaluation form of an activity the signed-in person attended. */
    @Transactional(readOnly = true)
    public List<EvaluationItem> evaluationForm(long activityId) {
        requireAttended(activityId);
        return questions.findByActivityIdOrderByPositionAsc(activityId).stream().map(EvaluationQuestion::toItem)
                .toList();
    }

    /**
     * Submits the signed-in person's evaluation, once. Answers are stored without the person (decision 0022):
     * organisers see what was said, not who said it.
     *
     * @param ratings rating 1–5 for each statement, by item id (all required)
     * @param texts   answers to the questions, by item id (optional)
     * @throws InvalidInput with field {@code evaluation}
     */
    @Transactional
    public void submitEvaluation(long activityId, Map<Long, Integer> ratings, Map<Long, String> texts) {
        long me = requireAttended(activityId);
        if (evaluations.existsByActivityIdAndPersonId(activityId, me)) {
            throw InvalidInput.of("evaluation", "You have already completed this evaluation.");
        }
        List<EvaluationQuestion> form = questions.findByActivityIdOrderByPositionAsc(activityId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (EvaluationQuestion question : form) {
            if (question.getKind() == EvaluationItem.Kind.LIKERT) {
                Integer rating = ratings.get(question.getId());
                if (rating == null || rating < 1 || rating > 5) {
                    errors.add("evaluation", "Rate every statement from 1 to 5.");
                }
            } else {
                String text = texts.get(question.getId());
                if (text != null && text.strip().length() > MAX_ANSWER) {
                    errors.add("evaluation", "Keep each answer to " + MAX_ANSWER + " characters.");
                }
            }
        }
        errors.throwIfAny();
        UniqueConstraints.saving(() -> evaluations.saveAndFlush(new CompletedEvaluation(activityId, me,
                clock.instant())), "uk_credit_evaluation", "evaluation", "You have already completed this evaluation.");
        for (EvaluationQuestion question : form) {
            if (question.getKind() == EvaluationItem.Kind.LIKERT) {
                answers.save(new EvaluationAnswer(question.getId(), ratings.get(question.getId()), null));
            } else {
                String text = texts.get(question.getId());
                if (text != null && !text.isBlank()) {
                    answers.save(new EvaluationAnswer(question.getId(), null, text.strip()));
                }
            }
        }
    }

    /**
     * The signed-in person attests they completed an enduring material, for {@code minutes} (at most the activity's
     * largest maximum). Their claim window opens now. Attesting again changes the minutes until they claim.
     *
     * @throws InvalidInput with field {@code minutes}
     */
    @Transactional
    public void attestCompletion(long activityId, int minutes) {
        long me = currentPerson.requireId();
        CreditActivity activity = enduringOfMyCollaborative(activityId);
        if (claims.existsByActivityIdAndPersonId(activityId, me)) {
            throw InvalidInput.of("minutes", "You have claimed credit for it; the time stays as claimed.");
        }
        int most = mostMinutes(activity);
        if (minutes < 1 || minutes > most) {
            throw InvalidInput.of("minutes", "Enter the minutes you spent, at most " + most + ".");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(accounts.profile(me).timeZone()));
        attendance.findByActivityIdAndPersonIdAndEventIdIsNull(activityId, me).ifPresentOrElse(
                row -> row.change(minutes, now, today),
                () -> UniqueConstraints.saving(() -> attendance.saveAndFlush(new CreditAttendance(activityId, me,
                        null, minutes, now, today, now)), "uk_credit_attendance", "minutes",
                        "Your time was just recorded; reload the page to see it."));
    }

    /**
     * Claims hours of a credit type for the signed-in person, checked by {@link ClaimRules}, and issues its
     * certificate (names and statements frozen as they are now, with a new verification code).
     *
     * @return the certificate's id
     * @throws InvalidInput with fields {@code claim}, {@code creditType}, {@code hours}
     */
    @Transactional
    public long claim(long activityId, CreditType type, BigDecimal hours) {
        long me = currentPerson.requireId();
        // One claim at a time per activity: the checks below read the claims made so far.
        CreditActivity activity = activities.findForClaim(activityId).orElseThrow();
        List<CreditAttendance> rows = attendance.findByActivityIdAndPersonId(activityId, me);
        if (rows.isEmpty() && activity.getLinkKind() == ActivityLink.Kind.QI_PROJECT) {
            throw InvalidInput.of("claim", "Your MOC Part IV attestation has not been approved yet.");
        }
        PersonProfile learner = accounts.profile(me);
        LearnerRecord record = learnerRecord(me, List.of(activityId));
        Map<String, String> problems = ClaimRules.problems(facts(activity, learner, rows, type, record), type,
                hours);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<CreditClaim> before = record.claims().getOrDefault(activityId, List.of());
        Set<CreditType> claimedBefore = before.stream().map(CreditClaim::getCreditType).collect(Collectors.toSet());
        if (!ClaimRules.typesFor(learner.profession(), activity.getOffers().keySet(), claimedBefore).contains(type)) {
            throw InvalidInput.of("creditType", claimedBefore.contains(CreditType.PARTICIPATION)
                    ? "You have a certificate of participation for this activity; it stands for your time there, so"
                    + " no other credit can be claimed for it."
                    : claimedBefore.isEmpty() ? "This activity offers credit for a "
                    + learner.profession().label().toLowerCase(Locale.ROOT)
                    + "; claim that instead of a certificate of participation."
                    : "You have claimed credit for this activity; a certificate of participation would count the "
                    + "same time twice.");
        }
        Instant now = clock.instant();
        CreditClaim claim = claims.saveAndFlush(new CreditClaim(activityId, me, type, hours, now));
        // A later claim for a series covers the sessions recorded since the previous claim of the type.
        Instant previous = before.stream().filter(c -> c.getCreditType() == type).map(CreditClaim::getClaimedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        LocalDate today = LocalDate.now(clock.withZone(learner.timeZone()));
        String dates = rows.stream().filter(row -> row.getRecordedAt().isAfter(previous))
                .map(CreditAttendance::getAttendedDate)
                .distinct().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
        Certificate certificate = certificates.save(new Certificate(claim.getId(), me, VerificationCodes.generate(),
                learner.displayName(), learner.credentials(), activity.getTitle(), dates, type,
                hours.setScale(2), activity.getDesignationStatement(), activity.getAccreditationStatement(),
                activity.getProvider(), today));
        return certificate.getId();
    }

    /** The signed-in person's claimed credits, latest first. */
    @Transactional(readOnly = true)
    public List<ClaimedCredit> myCredits() {
        return certificates.findByPersonIdOrderByIssuedOnDescIdDesc(currentPerson.requireId()).stream()
                .map(c -> new ClaimedCredit(c.getId(), c.getActivityTitle(), c.getIssuedOn(), c.getCreditType(),
                        c.getHours(), c.getVerificationCode())).toList();
    }

    /**
     * A certificate of the signed-in person as PDF.
     *
     * @throws NoSuchElementException when it does not exist or is someone else's (the same answer, so ids reveal
     *                                nothing)
     */
    @Transactional(readOnly = true)
    public byte[] myCertificatePdf(long certificateId) {
        Certificate c = certificates.findByIdAndPersonId(certificateId, currentPerson.requireId()).orElseThrow();
        return certificateDocument.pdf(new CertificateContent(c.getLearnerName(), c.getCredentials(),
                c.getActivityTitle(), activityDates(c), c.getCreditType().label(),
                c.getHours(), c.getDesignationStatement(), c.getAccreditationStatement(), c.getIssuingOrganisation(),
                c.getVerificationCode(), verificationUrl(c.getVerificationCode()), c.getIssuedOn()));
    }

    /** The signed-in person's transcript as PDF. */
    @Transactional(readOnly = true)
    public byte[] myTranscriptPdf() {
        return transcriptDocument.pdf(myTranscript());
    }

    /** The signed-in person's transcript as CSV. */
    @Transactional(readOnly = true)
    public String myTranscriptCsv() {
        return transcriptDocument.csv(myTranscript());
    }

    /** What the public verification page shows for a typed or scanned code; empty when no certificate has it. */
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String code) {
        String normalised = VerificationCodes.normalise(code);
        if (!VerificationCodes.isWellFormed(normalised)) {
            return Optional.empty();
        }
        return certificates.findByVerificationCode(normalised).map(c -> new Verification(
                c.getCredentials() == null ? c.getLearnerName() : c.getLearnerName() + ", " + c.getCredentials(),
                c.getActivityTitle(), activityDates(c), c.getIssuedOn(), c.getCreditType().label(), c.getHours()));
    }

    /** The public page a certificate's QR code points to. */
    public String verificationUrl(String code) {
        return links.to("verify/" + code);
    }

    private static List<LocalDate> activityDates(Certificate c) {
        return c.getActivityDates().isEmpty() ? List.of()
                : Arrays.stream(c.getActivityDates().split(",")).map(LocalDate::parse).toList();
    }

    private TranscriptContent myTranscript() {
        PersonProfile me = accounts.profile(currentPerson.requireId());
        List<Certificate> mine = certificates.findByPersonIdOrderByIssuedOnDescIdDesc(me.id());
        String issuer = mine.stream().map(Certificate::getIssuingOrganisation).distinct().count() == 1
                ? mine.getFirst().getIssuingOrganisation() : "AllTeach";
        return new TranscriptContent(me.displayName(), me.credentials(), issuer,
                LocalDate.now(clock.withZone(me.timeZone())), mine.stream().map(c -> new TranscriptLine(
                c.getIssuedOn(), c.getActivityTitle(), c.getCreditType().label(), c.getHours(),
                c.getVerificationCode())).toList());
    }

    /**
     * An enduring material of a collaborative the signed-in person belongs to. Live sessions and other collaboratives'
     * recordings answer alike: not found.
     */
    private CreditActivity enduringOfMyCollaborative(long activityId) {
        return activities.findById(activityId)
                .filter(activity -> activity.getLinkKind() == ActivityLink.Kind.ENDURING)
                .filter(activity -> access.visibleScopes().collaborative(activity.getCollaborativeId()))
                .orElseThrow(() -> new NoSuchElementException("No recording " + activityId + " to attest"));
    }

    /** The longest time a recording may be attested for: its largest maximum, in minutes. */
    private static int mostMinutes(CreditActivity activity) {
        return activity.getOffers().values().stream().max(Comparator.naturalOrder())
                .map(hours -> hours.multiply(BigDecimal.valueOf(60)).intValue()).orElse(0);
    }

    private long requireAttended(long activityId) {
        long me = currentPerson.requireId();
        if (attendance.findByActivityIdAndPersonId(activityId, me).isEmpty()) {
            throw new NoSuchElementException("No attendance at activity " + activityId);
        }
        return me;
    }

    /** A learner's extensions, claims and completed evaluations for some activities, read in three queries. */
    private record LearnerRecord(Map<Long, Instant> extendedUntil, Map<Long, List<CreditClaim>> claims,
                                 Set<Long> evaluated) {
    }

    private LearnerRecord learnerRecord(long person, Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return new LearnerRecord(Map.of(), Map.of(), Set.of());
        }
        Map<Long, Instant> extendedUntil = extensions.findByPersonIdAndActivityIdIn(person, activityIds).stream()
                .collect(Collectors.toMap(WindowExtension::getActivityId, WindowExtension::getNewEnd,
                        (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, List<CreditClaim>> claimed = claims.findByPersonIdAndActivityIdIn(person, activityIds).stream()
                .collect(Collectors.groupingBy(CreditClaim::getActivityId));
        return new LearnerRecord(extendedUntil, claimed,
                evaluations.findActivityIdsEvaluatedBy(person, activityIds));
    }

    private ClaimRules.Facts facts(CreditActivity activity, PersonProfile profile, List<CreditAttendance> rows,
                                   CreditType type, LearnerRecord record) {
        Instant first = rows.stream().map(CreditAttendance::getRecordedAt).min(Comparator.naturalOrder())
                .orElse(null);
        Instant last = rows.stream().map(CreditAttendance::getRecordedAt).max(Comparator.naturalOrder())
                .orElse(null);
        boolean qiProject = activity.getLinkKind() == ActivityLink.Kind.QI_PROJECT;
        Integer minutes = qiProject ? null : rows.stream().mapToInt(CreditAttendance::getMinutes).sum();
        Map<CreditType, BigDecimal> claimed = new EnumMap<>(CreditType.class);
        record.claims().getOrDefault(activity.getId(), List.of())
                .forEach(claim -> claimed.merge(claim.getCreditType(), claim.getHours(), BigDecimal::add));
        // A QI project needs an evaluation only when its organisers gave it one (decision 0024).
        boolean evaluated = record.evaluated().contains(activity.getId())
                || qiProject && questions.findByActivityIdOrderByPositionAsc(activity.getId()).isEmpty();
        return new ClaimRules.Facts(profile.profession(), evaluated, first, last, minutes,
                activity.getClaimWindowDays(), record.extendedUntil().get(activity.getId()),
                type == null ? null : activity.getOffers().get(type), claimed,
                activity.getLinkKind() == ActivityLink.Kind.SERIES, clock.instant());
    }

    private ClaimableActivity claimable(CreditActivity activity, PersonProfile profile, List<CreditAttendance> rows,
                                        LearnerRecord record) {
        ClaimRules.Facts facts = facts(activity, profile, rows, null, record);
        Instant windowEnd = facts.lastAttended() == null ? null
                : ClaimRules.windowEnd(facts.lastAttended(), facts.windowDays(), facts.extendedUntil());
        Map<CreditType, BigDecimal> claimable = new EnumMap<>(CreditType.class);
        Set<CreditType> open = ClaimRules.typesFor(profile.profession(), activity.getOffers().keySet(),
                facts.alreadyClaimed());
        activity.getOffers().forEach((type, max) -> {
            if (open.contains(type) && (facts.topUps() || !facts.alreadyClaimed().contains(type))) {
                BigDecimal most = (facts.minutesAttended() == null ? max
                        : ClaimRules.hoursAttended(facts.minutesAttended(), type).min(max))
                        .subtract(facts.claimedHours().getOrDefault(type, BigDecimal.ZERO));
                if (most.signum() > 0) {
                    claimable.put(type, most);
                }
            }
        });
        Map<CreditType, BigDecimal> claimed = new EnumMap<>(CreditType.class);
        claimed.putAll(facts.claimedHours());
        return new ClaimableActivity(activity.getId(), activity.getTitle(),
                activity.getLinkKind() == ActivityLink.Kind.ENDURING,
                rows.stream().mapToInt(CreditAttendance::getMinutes).sum(), windowEnd,
                windowEnd != null && clock.instant().isBefore(windowEnd), facts.evaluated(), claimable, claimed,
                activity.getDisclosures().isEmpty() ? List.of() : List.of(activity.getDisclosures().split("\n")));
    }
}
