package org.allteach.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allteach.credits.ActivityDetails;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.AttestationDetails;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditType;
import org.allteach.credits.EvaluationItem;
import org.allteach.credits.MocAttestations;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.Profession;
import org.allteach.library.Library;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.springframework.stereotype.Component;

/**
 * CE credit for the demo: the monthly learning calls and the recording of Learning Session 1 offer credit, the QI
 * project MOC Part IV points; a few members have said their profession; two clinicians have claimed theirs, and Rosa
 * (the demo sign-in) still has the evaluation to do, the recording to attest and Emily's MOC attestation to co-sign.
 */
@Component
class DemoCredits {

    static final String PROVIDER = "Pacific Delta Health Education";

    /** Profession and credentials of the members who have filled them in. */
    private static final Map<String, Profession> PROFESSIONS = Map.of(
            "Rosa Martinez", Profession.NURSE, "Kevin Tran", Profession.PHARMACIST,
            "Latoya Jenkins", Profession.PHYSICIAN, "Emily Novak", Profession.PHYSICIAN,
            "Marisol Gutierrez", Profession.NURSE_PRACTITIONER, "Daniel Kim", Profession.SOCIAL_WORKER);
    private static final Map<String, String> CREDENTIALS = Map.of(
            "Rosa Martinez", "RN, BSN", "Kevin Tran", "PharmD", "Latoya Jenkins", "MD, MPH", "Emily Novak", "DO",
            "Marisol Gutierrez", "APRN, FNP-BC", "Daniel Kim", "LCSW");

    private final CreditActivities activities;
    private final CreditClaims claims;
    private final Accounts accounts;
    private final Library library;
    private final MocAttestations moc;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoCredits(CreditActivities activities, CreditClaims claims, MocAttestations moc, Accounts accounts,
                Library library, ActingAs actingAs, Clock clock) {
        this.moc = moc;
        this.clock = clock;
        this.activities = activities;
        this.claims = claims;
        this.accounts = accounts;
        this.library = library;
        this.actingAs = actingAs;
    }

    /**
     * Plans the activities. Attendance at the first learning call reaches them when the demo's transaction commits.
     *
     * @param firstCall the first session of the monthly learning call series
     * @return the learning calls' activity
     */
    long load(long collaborativeId, Map<String, Long> people, long firstCall) {
        PROFESSIONS.forEach((name, profession) -> actingAs.run(people.get(name),
                () -> accounts.updateMyProfessionalDetails(profession, CREDENTIALS.get(name))));
        long organiser = people.get(DemoCollaborative.ORGANISER.name());
        ActivityDetails start = ActivityDetails.startingPoint(collaborativeId, PROVIDER);
        long learningCalls = actingAs.call(organiser, () -> activities.create(new ActivityDetails(collaborativeId,
                "Monthly all-teams learning calls", new ActivityLink(ActivityLink.Kind.SERIES, firstCall), PROVIDER,
                offers("1"), start.accreditationStatement(), ActivityDetails.defaultDesignationStatement(PROVIDER,
                ActivityLink.Kind.SERIES, BigDecimal.ONE), List.of(
                "Marcus Bell, MPH (faculty): no relevant financial relationships.",
                "Aiko Tanaka, PharmD (faculty): no relevant financial relationships.",
                "All relevant financial relationships of planners have been mitigated."), 30, start.evaluation())));
        actingAs.run(organiser, () -> {
            ResourceRow recording = library.resources(List.of(ResourceKind.RECORDING), "", 0, 1).getFirst();
            activities.create(new ActivityDetails(collaborativeId, recording.title() + " (recording)",
                    new ActivityLink(ActivityLink.Kind.ENDURING, recording.id()), PROVIDER, offers("1.5"),
                    start.accreditationStatement(), ActivityDetails.defaultDesignationStatement(PROVIDER,
                    ActivityLink.Kind.ENDURING, new BigDecimal("1.5")), List.of(
                    "Dr. Ana Lee, MD (presenter): no relevant financial relationships."), 90, start.evaluation()));
        });
        long qiProject = actingAs.call(organiser, () -> activities.create(new ActivityDetails(collaborativeId,
                "3-EM QI project (MOC Part IV)", new ActivityLink(ActivityLink.Kind.QI_PROJECT, collaborativeId),
                PROVIDER, Map.of(CreditType.MOC_PART_IV, new BigDecimal("20")), start.accreditationStatement(),
                ActivityDetails.defaultDesignationStatement(PROVIDER, ActivityLink.Kind.QI_PROJECT,
                        new BigDecimal("20")), List.of(), 60, List.of())));
        // Emily, a physician at Southside, has attested her part in the team's project; it waits for Rosa, the
        // team's lead, to co-sign.
        YearMonth now = YearMonth.now(clock);
        YearMonth end = YearMonth.from(DemoCollaborative.DETAILS.endDate());
        actingAs.run(people.get("Emily Novak"), () -> moc.attest(qiProject, new AttestationDetails(null,
                YearMonth.from(DemoCollaborative.DETAILS.startDate()), now.isBefore(end) ? now : end,
                "Raise HbA1c control (< 8%) among Spanish-speaking patients with diabetes from 48% to 60%, and close"
                        + " the gap with English-speaking patients, by February 2027.",
                "Physician champion: I tested text reminders in the patient's language with my panel, reviewed the"
                        + " stratified run charts with the team each month and led two PDSA cycles on"
                        + " interpreter-led visits.", true)));
        return learningCalls;
    }

    /** After the attendance has reached the activity: Latoya and Kevin evaluate the call and claim their credit. */
    void claim(Map<String, Long> people, long callsActivity) {
        evaluateAndClaim(people.get("Latoya Jenkins"), callsActivity, CreditType.AMA_PRA_CATEGORY_1);
        evaluateAndClaim(people.get("Kevin Tran"), callsActivity, CreditType.ACPE_CONTACT_HOURS);
    }

    /**
     * A recording of a collaborative offered for credit, which these members watched, evaluated and claimed.
     *
     * @param learners person id to the credit they claimed
     */
    void recordingClaimed(long collaborativeId, ResourceRow recording, long organiser, Map<Long, CreditType> learners) {
        ActivityDetails start = ActivityDetails.startingPoint(collaborativeId, PROVIDER);
        long activity = actingAs.call(organiser, () -> activities.create(new ActivityDetails(collaborativeId,
                recording.title() + " (recording)", new ActivityLink(ActivityLink.Kind.ENDURING, recording.id()),
                PROVIDER, offers("1"), start.accreditationStatement(), ActivityDetails.defaultDesignationStatement(
                PROVIDER, ActivityLink.Kind.ENDURING, BigDecimal.ONE), List.of(
                "Marcus Bell, MPH (faculty): no relevant financial relationships."), 90, start.evaluation())));
        learners.forEach((person, type) -> {
            actingAs.run(person, () -> claims.attestCompletion(activity, 60));
            evaluateAndClaim(person, activity, type);
        });
    }

    private void evaluateAndClaim(long person, long activity, CreditType type) {
        actingAs.run(person, () -> {
            Map<Long, Integer> ratings = new HashMap<>();
            Map<Long, String> answers = new HashMap<>();
            for (EvaluationItem item : claims.evaluationForm(activity)) {
                if (item.kind() == EvaluationItem.Kind.LIKERT) {
                    ratings.put(item.id(), 4 + (int) (item.id() % 2));
                } else {
                    answers.put(item.id(), "Stratify our no-show data by preferred language before the next cycle.");
                }
            }
            claims.submitEvaluation(activity, ratings, answers);
            claims.claim(activity, type, claims.myActivity(activity).claimable().get(type));
        });
    }

    private static Map<CreditType, BigDecimal> offers(String hours) {
        BigDecimal most = new BigDecimal(hours);
        return Map.of(CreditType.AMA_PRA_CATEGORY_1, most, CreditType.ANCC_CONTACT_HOURS, most,
                CreditType.ACPE_CONTACT_HOURS, most, CreditType.IPCE_CREDIT, most, CreditType.PARTICIPATION, most);
    }
}
