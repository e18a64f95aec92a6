package org.allteach.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.allteach.identity.Profession;

/**
 * Whether a person may claim hours of a credit type for an activity. Pure: the caller gathers the facts
 * ({@link Facts}), the rules answer with the problems, each keyed by the form field it belongs to ("creditType",
 * "hours", or "claim" for the claim as a whole). An empty answer means the claim may be made.
 */
public final class ClaimRules {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private ClaimRules() {
    }

    /**
     * What the rules need to know.
     *
     * @param firstAttended   when the person's first attendance was recorded (opens the window), or null if never
     * @param lastAttended    when their latest attendance was recorded (a series' window runs from its latest session)
     * @param minutesAttended their minutes over all sessions (or attested for an enduring material); null when credit
     *                        is not earned by the hour (a QI project's approved attestation): then only the
     *                        activity's maximum limits the claim
     * @param windowDays      the activity's claim window
     * @param extendedUntil   the latest end an organiser extended their window to, or null
     * @param maxHours        the activity's maximum for the type, or null if it does not offer it
     * @param claimedHours    the hours they have claimed for this activity so far, by type
     * @param topUps          whether later claims may add to earlier ones (a series: sessions attended after a claim
     *                        are claimed later, up to the maximum)
     */
    public record Facts(Profession profession, boolean evaluated, Instant firstAttended, Instant lastAttended,
                        Integer minutesAttended, int windowDays, Instant extendedUntil, BigDecimal maxHours,
                        Map<CreditType, BigDecimal> claimedHours, boolean topUps, Instant now) {

        public Set<CreditType> alreadyClaimed() {
            return claimedHours.keySet();
        }

        /** The most hours of a type they may still claim: what the maximum and their time leave; null if unlimited. */
        public BigDecimal stillClaimable(CreditType type) {
            BigDecimal claimed = claimedHours.getOrDefault(type, BigDecimal.ZERO);
            BigDecimal most = maxHours;
            if (minutesAttended != null) {
                BigDecimal attended = hoursAttended(minutesAttended, type);
                most = most == null ? attended : most.min(attended);
            }
            return most == null ? null : most.subtract(claimed).max(BigDecimal.ZERO);
        }
    }

    /**
     * The credit types of an activity's offer a learner may claim, given their profession and what they claimed for it
     * already. A certificate of participation is for learners none of the other types is for (a nurse where only AMA
     * credit is offered), and it stands alone: a physician claims the AMA credit, not both, so no transcript counts
     * the same time twice — even when the profession or the offer changed between two claims.
     */
    public static Set<CreditType> typesFor(Profession profession, Set<CreditType> offered, Set<CreditType> claimed) {
        Set<CreditType> open = EnumSet.noneOf(CreditType.class);
        if (claimed.contains(CreditType.PARTICIPATION)) {
            // Only more participation (the next sessions of a series).
            if (offered.contains(CreditType.PARTICIPATION)) {
                open.add(CreditType.PARTICIPATION);
            }
            return open;
        }
        offered.stream().filter(type -> type.claimableBy(profession)).forEach(open::add);
        if (open.stream().anyMatch(type -> type != CreditType.PARTICIPATION)
                || claimed.stream().anyMatch(type -> type != CreditType.PARTICIPATION)) {
            open.remove(CreditType.PARTICIPATION);
        }
        return open;
    }

    /** The end of the claim window: the latest attendance plus the window's days, or a later extension. */
    public static Instant windowEnd(Instant lastAttended, int windowDays, Instant extendedUntil) {
        Instant end = lastAttended.plus(windowDays, ChronoUnit.DAYS);
        return extendedUntil != null && extendedUntil.isAfter(end) ? extendedUntil : end;
    }

    /** The most hours the time attended allows, rounded down to the type's step. */
    public static BigDecimal hoursAttended(int minutes, CreditType type) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 4, RoundingMode.DOWN);
        return hours.divide(type.step(), 0, RoundingMode.DOWN).multiply(type.step());
    }

    /** The problems with claiming {@code hours} of {@code type}; empty when the claim may be made. */
    public static Map<String, String> problems(Facts facts, CreditType type, BigDecimal hours) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (facts.firstAttended() == null) {
            problems.put("claim", "Your attendance has not been recorded for this activity.");
            return problems;
        }
        if (!facts.now().isBefore(windowEnd(facts.lastAttended(), facts.windowDays(), facts.extendedUntil()))) {
            problems.put("claim", "The claim window closed. Ask the organisers to extend it for you.");
            return problems;
        }
        if (!facts.evaluated()) {
            problems.put("claim", "Complete the evaluation before claiming credit.");
            return problems;
        }
        if (type == null) {
            problems.put("creditType", "Choose the credit to claim.");
            return problems;
        }
        if (facts.maxHours() == null) {
            problems.put("creditType", "This activity does not offer " + type.label() + ".");
        } else if (!type.claimableBy(facts.profession())) {
            problems.put("creditType", facts.profession() == null
                    ? "Set your profession in your profile to claim " + type.label() + "."
                    : type.label() + " is not for a " + facts.profession().label().toLowerCase()
                            + "; claim a certificate of participation instead.");
        } else if (facts.alreadyClaimed().contains(type) && !facts.topUps()) {
            problems.put("creditType", "You have already claimed " + type.label() + " for this activity.");
        } else if (facts.alreadyClaimed().contains(type) && facts.stillClaimable(type).signum() == 0) {
            problems.put("creditType", "You have claimed all the " + type.label() + " your sessions so far allow;"
                    + " claim again after the next one.");
        }
        if (problems.containsKey("creditType") && facts.alreadyClaimed().contains(type)) {
            return problems;
        }
        if (hours == null || hours.signum() <= 0) {
            problems.put("hours", "Enter the hours you claim.");
        } else if (hours.remainder(type.step()).signum() != 0) {
            problems.put("hours", "Claim hours in steps of " + type.step().stripTrailingZeros().toPlainString()
                    + ".");
        } else if (facts.alreadyClaimed().contains(type)) {
            BigDecimal left = facts.stillClaimable(type);
            if (hours.compareTo(left) > 0) {
                problems.put("hours", "You have claimed " + plain(facts.claimedHours().get(type)) + " hours before:"
                        + " claim at most " + plain(left) + " more.");
            }
        } else if (facts.maxHours() != null && hours.compareTo(facts.maxHours()) > 0) {
            problems.put("hours", "At most " + plain(facts.maxHours()) + " hours of " + type.label()
                    + " can be claimed for this activity.");
        } else if (facts.minutesAttended() != null
                && hours.compareTo(hoursAttended(facts.minutesAttended(), type)) > 0) {
            problems.put("hours", "You attended " + facts.minutesAttended() + " minutes: claim at most "
                    + plain(hoursAttended(facts.minutesAttended(), type)) + " hours.");
        }
        return problems;
    }

    static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
