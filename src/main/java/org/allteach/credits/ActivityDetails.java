package org.allteach.credits;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an organiser fills in for a CE activity.
 *
 * @param provider        the accredited provider that designates the credit ("[Provider] designates …")
 * @param offers          the credit types offered and the most hours each
 * @param disclosures     faculty disclosures, one per entry ("Dr. A. Lee: nothing to disclose")
 * @param claimWindowDays how long after attendance credit may be claimed
 */
public record ActivityDetails(long collaborativeId, String title, ActivityLink link, String provider,
                              Map<CreditType, BigDecimal> offers, String accreditationStatement,
                              String designationStatement, List<String> disclosures, int claimWindowDays,
                              List<EvaluationItem> evaluation) {

    public static final int DEFAULT_WINDOW_DAYS = 30;

    public ActivityDetails {
        offers = offers == null ? Map.of() : Map.copyOf(offers);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
        evaluation = evaluation == null ? List.of() : List.copyOf(evaluation);
    }

    /** The accreditation statement's required wording, to be completed by the organiser. */
    public static String defaultAccreditationStatement(String provider) {
        return name(provider) + " is accredited by the Accreditation Council for Continuing Medical Education (ACCME)"
                + " to provide continuing medical education for physicians.";
    }

    /**
     * The AMA's required designation wording for a live activity or an enduring material; for a QI project, the
     * wording of an ABIM MOC Part IV (Improvement in Medical Practice) activity, {@code maxHours} being its points.
     */
    public static String defaultDesignationStatement(String provider, ActivityLink.Kind kind, BigDecimal maxHours) {
        String hours = maxHours == null ? "[N]" : maxHours.stripTrailingZeros().toPlainString();
        if (kind == ActivityLink.Kind.QI_PROJECT) {
            return "Meaningful participation in this quality-improvement project, attested by the participant,"
                    + " co-signed by their team lead and approved by " + name(provider) + ", enables the participant"
                    + " to earn up to " + hours + " MOC points in the American Board of Internal Medicine's (ABIM)"
                    + " Maintenance of Certification program (Improvement in Medical Practice, Part IV).";
        }
        String what = kind == ActivityLink.Kind.ENDURING ? "enduring material" : "live activity";
        return name(provider) + " designates this " + what + " for a maximum of " + hours
                + " AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the"
                + " extent of their participation in the activity.";
    }

    /** A new activity's details: the default window, wording and evaluation. */
    public static ActivityDetails startingPoint(long collaborativeId, String provider) {
        Map<CreditType, BigDecimal> offers = new EnumMap<>(CreditType.class);
        return new ActivityDetails(collaborativeId, "", null, provider, offers,
                defaultAccreditationStatement(provider),
                defaultDesignationStatement(provider, ActivityLink.Kind.EVENT, null), List.of(), DEFAULT_WINDOW_DAYS,
                EvaluationItem.defaults());
    }

    private static String name(String provider) {
        return provider == null || provider.isBlank() ? "[Provider]" : provider.strip();
    }
}
