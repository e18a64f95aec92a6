package org.allteach.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allteach.credits.ActivityDetails;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditType;
import org.allteach.credits.EvaluationItem;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.Profession;
import org.allteach.library.Library;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.springframework.stereotype.Component;

/**
 * CE credit for the demo: the monthly learning calls and the recording of Learning Session 1 offer credit; a few
 * members have said their profession; two clinicians have claimed theirs, and Rosa (the demo sign-in) still has the
 * evaluation to do and the recording to attest.
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
    private final ActingAs actingAs;

    DemoCredits(CreditActivities activities, CreditClaims claims, Accounts accounts, Library library,
                ActingAs actingAs) {
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
        return actingAs.call(organiser, () -> {
            ActivityDetails start = ActivityDetails.startingPoint(collaborativeId, PROVIDER);
            long calls = activities.create(new ActivityDetails(collaborativeId, "Monthly all-teams learning calls",
                    new ActivityLink(ActivityLink.Kind.SERIES, firstCall), PROVIDER, offers("1"),
                    start.accreditationStatement(), ActivityDetails.defaultDesignationStatement(PROVIDER,
                    ActivityLink.Kind.SERIES, BigDecimal.ONE), List.of(
                    "Marcus Bell, MPH (faculty): no relevant financial relationships.",
                    "Aiko Tanaka, PharmD (faculty): no relevant financial relationships.",
                    "All relevant financial relationships of planners have been mitigated."), 30,
                    start.evaluation()));
            ResourceRow recording = library.resources(List.of(ResourceKind.RECORDING), "", 0, 1).getFirst();
            activities.create(new ActivityDetails(collaborativeId, recording.title() + " (recording)",
                    new ActivityLink(ActivityLink.Kind.ENDURING, recording.id()), PROVIDER, offers("1.5"),
                    start.accreditationStatement(), ActivityDetails.defaultDesignationStatement(PROVIDER,
                    ActivityLink.Kind.ENDURING, new BigDecimal("1.5")), List.of(
                    "Dr. Ana Lee, MD (presenter): no relevant financial relationships."), 90, start.evaluation()));
            return calls;
        });
    }

    /** After the attendance has reached the activity: Latoya and Kevin evaluate the call and claim their credit. */
    void claim(Map<String, Long> people, long callsActivity) {
        evaluateAndClaim(people.get("Latoya Jenkins"), callsActivity, CreditType.AMA_PRA_CATEGORY_1);
        evaluateAndClaim(people.get("Kevin Tran"), callsActivity, CreditType.ACPE_CONTACT_HOURS);
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
