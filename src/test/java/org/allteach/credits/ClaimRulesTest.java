package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.allteach.identity.Profession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRulesTest {

    static final Instant ATTENDED = Instant.parse("2026-03-10T17:00:00Z");
    static final Instant NEXT_DAY = ATTENDED.plus(Duration.ofDays(1));

    /** A physician who attended 90 minutes yesterday and evaluated; 1.5 hours of AMA PRA Category 1 offered. */
    static ClaimRules.Facts physician() {
        return new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, 90, 30, null,
                new BigDecimal("1.50"), Map.of(), false, NEXT_DAY);
    }

    static ClaimRules.Facts with(ClaimRules.Facts f, boolean evaluated, Instant now, Instant extendedUntil) {
        return new ClaimRules.Facts(f.profession(), evaluated, f.firstAttended(), f.lastAttended(),
                f.minutesAttended(), f.windowDays(), extendedUntil, f.maxHours(), f.claimedHours(), f.topUps(),
                now);
    }

    @Test
    void aPhysicianClaimsTheHoursTheyAttended() {
        assertThat(ClaimRules.problems(physician(), CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"))).isEmpty();
    }

    @Test
    void noEvaluationNoClaim() {
        assertThat(ClaimRules.problems(with(physician(), false, NEXT_DAY, null), CreditType.AMA_PRA_CATEGORY_1,
                BigDecimal.ONE)).containsEntry("claim", "Complete the evaluation before claiming credit.");
    }

    @Test
    void hoursAreCappedByTheActivitysMaximum() {
        ClaimRules.Facts f = new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, 180, 30, null,
                new BigDecimal("1.50"), Map.of(), false, NEXT_DAY);
        assertThat(ClaimRules.problems(f, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.75")))
                .containsEntry("hours", "At most 1.5 hours of AMA PRA Category 1 Credit\u2122 can be claimed for "
                        + "this activity.");
    }

    @Test
    void hoursAreCappedByTheTimeAttendedInSteps() {
        ClaimRules.Facts f = new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, 50, 30, null,
                new BigDecimal("1.50"), Map.of(), false, NEXT_DAY);
        assertThat(ClaimRules.hoursAttended(50, CreditType.AMA_PRA_CATEGORY_1)).isEqualByComparingTo("0.75");
        assertThat(ClaimRules.problems(f, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE))
                .containsEntry("hours", "You attended 50 minutes: claim at most 0.75 hours.");
        assertThat(ClaimRules.problems(f, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("0.75"))).isEmpty();
    }

    @Test
    void anApprovedQiProjectIsLimitedByItsMaximumInWholePointsNotByTime() {
        ClaimRules.Facts f = new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, null, 30, null,
                new BigDecimal("20"), Map.of(), false, NEXT_DAY);
        assertThat(ClaimRules.problems(f, CreditType.MOC_PART_IV, new BigDecimal("20"))).isEmpty();
        assertThat(ClaimRules.problems(f, CreditType.MOC_PART_IV, new BigDecimal("19.5")))
                .containsEntry("hours", "Claim hours in steps of 1.");
        assertThat(ClaimRules.problems(f, CreditType.MOC_PART_IV, new BigDecimal("21"))).containsKey("hours");
    }

    @Test
    void hoursComeInTheTypesStep() {
        assertThat(ClaimRules.problems(physician(), CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.1")))
                .containsEntry("hours", "Claim hours in steps of 0.25.");
    }

    @Test
    void theWindowClosesAfterItsDays() {
        Instant late = ATTENDED.plus(Duration.ofDays(30));
        assertThat(ClaimRules.problems(with(physician(), true, late, null), CreditType.AMA_PRA_CATEGORY_1,
                BigDecimal.ONE)).containsEntry("claim",
                "The claim window closed. Ask the organisers to extend it for you.");
    }

    @Test
    void anExtensionIsHonoured() {
        Instant late = ATTENDED.plus(Duration.ofDays(40));
        Instant extended = ATTENDED.plus(Duration.ofDays(45));
        assertThat(ClaimRules.problems(with(physician(), true, late, extended), CreditType.AMA_PRA_CATEGORY_1,
                BigDecimal.ONE)).isEmpty();
        assertThat(ClaimRules.windowEnd(ATTENDED, 30, ATTENDED.plus(Duration.ofDays(3))))
                .as("an extension never shortens the window").isEqualTo(ATTENDED.plus(Duration.ofDays(30)));
    }

    @Test
    void aNurseCannotClaimAmaCreditButMayClaimParticipation() {
        ClaimRules.Facts nurse = new ClaimRules.Facts(Profession.NURSE, true, ATTENDED, ATTENDED, 90, 30, null,
                new BigDecimal("1.50"), Map.of(), false, NEXT_DAY);
        assertThat(ClaimRules.problems(nurse, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE)).containsEntry(
                "creditType", "AMA PRA Category 1 Credit\u2122 is not for a nurse; claim a certificate of "
                        + "participation instead.");
        assertThat(ClaimRules.problems(nurse, CreditType.PARTICIPATION, BigDecimal.ONE)).isEmpty();
        assertThat(CreditType.IPCE_CREDIT.claimableBy(Profession.NURSE)).isTrue();
        assertThat(CreditType.IPCE_CREDIT.claimableBy(Profession.NON_CLINICIAN)).isFalse();
        assertThat(CreditType.PARTICIPATION.claimableBy(null)).isTrue();
    }

    @Test
    void oneClaimPerType() {
        ClaimRules.Facts claimed = new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, 90, 30, null,
                new BigDecimal("1.50"), Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5")), false,
                NEXT_DAY);
        assertThat(ClaimRules.problems(claimed, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE)).containsEntry(
                "creditType", "You have already claimed AMA PRA Category 1 Credit\u2122 for this activity.");
    }

    @Test
    void noAttendanceNoClaim() {
        ClaimRules.Facts none = new ClaimRules.Facts(Profession.PHYSICIAN, true, null, null, 0, 30, null,
                new BigDecimal("1.50"), Map.of(), false, NEXT_DAY);
        assertThat(ClaimRules.problems(none, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE)).containsKey("claim");
    }

    @Test
    void aCertificateOfParticipationIsForLearnersNoneOfTheOfferedCreditIsFor() {
        Set<CreditType> offered = Set.of(CreditType.AMA_PRA_CATEGORY_1, CreditType.PARTICIPATION);

        assertThat(ClaimRules.typesFor(Profession.PHYSICIAN, offered, Set.of()))
                .containsExactly(CreditType.AMA_PRA_CATEGORY_1);
        assertThat(ClaimRules.typesFor(Profession.NURSE, offered, Set.of())).containsExactly(CreditType.PARTICIPATION);
        assertThat(ClaimRules.typesFor(null, offered, Set.of())).containsExactly(CreditType.PARTICIPATION);
        assertThat(ClaimRules.typesFor(Profession.NURSE, Set.of(CreditType.AMA_PRA_CATEGORY_1,
                CreditType.ANCC_CONTACT_HOURS, CreditType.PARTICIPATION), Set.of()))
                .containsExactly(CreditType.ANCC_CONTACT_HOURS);
        assertThat(ClaimRules.typesFor(Profession.PHYSICIAN, offered, Set.of(CreditType.PARTICIPATION)))
                .as("participation claimed before the profession was set stands alone")
                .containsExactly(CreditType.PARTICIPATION);
        assertThat(ClaimRules.typesFor(null, offered, Set.of(CreditType.AMA_PRA_CATEGORY_1)))
                .as("nor is it added after other credit").isEmpty();
    }

    @Test
    void aSeriesIsClaimedAgainForTheSessionsAttendedSinceUpToTheMaximum() {
        ClaimRules.Facts afterTwoSessions = new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, 120,
                30, null, new BigDecimal("3"), Map.of(CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE), true, NEXT_DAY);

        assertThat(afterTwoSessions.stillClaimable(CreditType.AMA_PRA_CATEGORY_1)).isEqualByComparingTo("1");
        assertThat(ClaimRules.problems(afterTwoSessions, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE)).isEmpty();
        assertThat(ClaimRules.problems(afterTwoSessions, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.25")))
                .containsEntry("hours", "You have claimed 1 hours before: claim at most 1 more.");

        ClaimRules.Facts allClaimed = new ClaimRules.Facts(Profession.PHYSICIAN, true, ATTENDED, ATTENDED, 120,
                30, null, new BigDecimal("3"), Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("2")), true,
                NEXT_DAY);
        assertThat(ClaimRules.problems(allClaimed, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("0.25")))
                .containsOnlyKeys("creditType");
    }
}
