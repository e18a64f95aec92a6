package org.allteach.credits;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.identity.Accounts;
import org.allteach.identity.Profession;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MOC Part IV: attest, co-sign, approve, claim; who may do which; returns and resubmissions. */
class MocAttestationsTest extends IntegrationTestBase {

    @Autowired
    MocAttestations moc;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    Scenario s;
    long activity;

    @BeforeEach
    void project() {
        MocFixtures.Project project = new MocFixtures(scenarios, actingAs, activities, accounts).project();
        s = project.scenario();
        activity = project.activityId();
    }

    long attested() {
        return as(s.participantA(), () -> moc.attest(activity, MocFixtures.details()));
    }

    @Test
    void attestedCoSignedAndApprovedParticipationEndsInACertificateWithItsMocPoints() throws Exception {
        long id = attested();
        assertThat(as(s.leadA(), () -> moc.waitingForMe())).extracting(AttestationSummary::id).containsExactly(id);
        as(s.leadA(), () -> moc.coSign(id, "Paul ran every measurement cycle."));
        assertThat(as(s.leadA(), () -> moc.waitingForMe())).isEmpty();
        assertThat(as(s.organiser(), () -> moc.waitingForMe())).extracting(AttestationSummary::status)
                .containsExactly(AttestationStatus.CO_SIGNED);
        as(s.organiser(), () -> moc.approve(id, null));

        Attestation approved = as(s.participantA(), () -> moc.attestation(id));
        assertThat(approved.status()).isEqualTo(AttestationStatus.APPROVED);
        assertThat(approved.timeline()).extracting(AttestationStep::action).containsExactly(
                AttestationStep.Action.SUBMITTED, AttestationStep.Action.CO_SIGNED, AttestationStep.Action.APPROVED);
        assertThat(approved.timeline()).extracting(AttestationStep::actorName).containsExactly(
                s.participantA().name(), s.leadA().name(), s.organiser().name());
        assertThat(approved.timeline().get(1).note()).isEqualTo("Paul ran every measurement cycle.");
        assertThat(as(s.participantA(), () -> claims.myActivity(activity)).claimable())
                .containsEntry(CreditType.MOC_PART_IV, new BigDecimal("20.00"));

        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.MOC_PART_IV,
                new BigDecimal("20.5")))).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.fieldErrors()).containsKey("hours"));
        long certificate = as(s.participantA(), () -> claims.claim(activity, CreditType.MOC_PART_IV,
                new BigDecimal("20")));
        String text;
        try (PDDocument pdf = Loader.loadPDF(as(s.participantA(), () -> claims.myCertificatePdf(certificate)))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(s.participantA().name()).contains("Hypertension control QI project")
                .contains("20 MOC Part IV").contains("Improvement in Medical Practice");
        ClaimedCredit credit = as(s.participantA(), () -> claims.myCredits()).getFirst();
        assertThat(credit.creditType()).isEqualTo(CreditType.MOC_PART_IV);
        assertThat(claims.verify(credit.verificationCode())).isPresent();
        assertThat(as(s.participantA(), () -> claims.myActivities())).isEmpty();
    }

    /** There is no way to leave a team in the portal yet; this is what it will do to the membership. */
    void leavesTheirTeam(Scenarios.Person person) {
        jdbc.update("delete from membership where person_id = ? and collaborative_id = ?", person.id(),
                s.collaborativeId());
    }

    @Test
    void someoneWhoLeftTheirTeamAfterAttestingStillReadsTheirAttestationAndClaimsItsPointsOnceApproved() {
        long id = attested();
        leavesTheirTeam(s.participantA());
        as(s.leadA(), () -> moc.coSign(id, null));
        as(s.organiser(), () -> moc.approve(id, null));

        MocProject mine = as(s.participantA(), () -> moc.myProject(activity));
        assertThat(mine.attestation().status()).isEqualTo(AttestationStatus.APPROVED);
        assertThat(mine.myTeams()).isEmpty();
        assertThat(as(s.participantA(), () -> moc.myProjects())).extracting(MocProjectSummary::status)
                .containsExactly(AttestationStatus.APPROVED);
        as(s.participantA(), () -> claims.claim(activity, CreditType.MOC_PART_IV, new BigDecimal("20")));
        assertThat(as(s.participantA(), () -> claims.myActivity(activity)).claimable()).isEmpty();
    }

    @Test
    void someoneWhoLeftTheirTeamCannotAttestNorResubmitAReturnedAttestation() {
        long id = attested();
        as(s.leadA(), () -> moc.returnToParticipant(id, "Say which PDSA cycles you ran."));
        leavesTheirTeam(s.participantA());
        leavesTheirTeam(s.participantB());

        assertThat(as(s.participantA(), () -> moc.myProject(activity)).attestation().mayEdit()).isFalse();
        assertThatThrownBy(() -> as(s.participantA(), () -> moc.attest(activity, MocFixtures.details())))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantB(), () -> moc.myProject(activity)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(s.participantB(), () -> moc.myProjects())).isEmpty();
    }

    @Test
    void aSecondSignerIsToldTheAttestationNoLongerWaitsForThem() {
        long id = attested();
        Scenarios.Person secondLead = scenarios.newPerson("Sam Secondlead");
        as(scenarios.admin(), () -> memberships.enrol(s.collaborativeId(), s.teamA(), secondLead.id(),
                Role.TEAM_LEAD));
        as(s.leadA(), () -> moc.coSign(id, null));

        assertThatThrownBy(() -> as(secondLead, () -> moc.coSign(id, "Also seen."))).isInstanceOfSatisfying(
                InvalidInput.class, invalid -> assertThat(invalid.fieldErrors()).containsExactlyEntriesOf(
                        java.util.Map.of("attestation", "It is no longer waiting for a co-signature.")));
        as(s.organiser(), () -> moc.approve(id, null));
        assertThatThrownBy(() -> as(s.organiser(), () -> moc.approve(id, null))).isInstanceOfSatisfying(
                InvalidInput.class, invalid -> assertThat(invalid.fieldErrors()).containsExactlyEntriesOf(
                        java.util.Map.of("attestation", "It is no longer waiting for approval.")));
        assertThatThrownBy(() -> as(secondLead, () -> moc.approve(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(s.participantA(), () -> moc.attestation(id)).timeline()).hasSize(3);
    }

    @Test
    void twoSignersActingAtOnceLeaveOneStepAndTheOtherIsToldToReload() {
        long id = attested();
        TransactionTemplate organisersRequest = new TransactionTemplate(transactions);
        TransactionTemplate leadsRequest = new TransactionTemplate(transactions);
        leadsRequest.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        Throwable refused = organisersRequest.execute(status -> {
            // The organiser's request has read the attestation, still submitted, when the lead's co-signature commits.
            as(s.organiser(), () -> moc.attestation(id));
            leadsRequest.executeWithoutResult(lead -> as(s.leadA(), () -> moc.coSign(id, null)));
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> as(s.organiser(), () -> moc.coSign(id, null)));
            status.setRollbackOnly();
            return thrown;
        });

        assertThat(refused).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                .containsEntry("attestation", "Someone acted on it meanwhile; reload the page."));
        assertThat(as(s.participantA(), () -> moc.attestation(id)).timeline())
                .extracting(AttestationStep::actorName).containsExactly(s.participantA().name(), s.leadA().name());
    }

    @Test
    void aLeadOfAnotherTeamCannotCoSign() {
        long id = attested();
        Scenarios.Person leadB = scenarios.newPerson("Bo Leadb");
        as(scenarios.admin(), () -> memberships.enrol(s.collaborativeId(), s.teamB(), leadB.id(), Role.TEAM_LEAD));

        assertThatThrownBy(() -> as(leadB, () -> moc.coSign(id, null))).isInstanceOf(NoSuchElementException.class);
        assertThat(as(leadB, () -> moc.waitingForMe())).isEmpty();
        assertThatThrownBy(() -> as(s.coachA(), () -> moc.coSign(id, null)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(s.participantA(), () -> moc.attestation(id)).status()).isEqualTo(AttestationStatus.SUBMITTED);
    }

    @Test
    void neitherTheParticipantNorTheLeadCanApprove() {
        long id = attested();
        assertThatThrownBy(() -> as(s.participantA(), () -> moc.coSign(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        as(s.leadA(), () -> moc.coSign(id, null));

        assertThatThrownBy(() -> as(s.participantA(), () -> moc.approve(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.leadA(), () -> moc.approve(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(s.organiser(), () -> moc.attestation(id)).mayApprove()).isTrue();
    }

    @Test
    void aParticipantOfAnotherTeamCannotReadAnAttestationByItsId() {
        long id = attested();
        Throwable notYours = org.assertj.core.api.Assertions.catchThrowable(() -> as(s.participantB(),
                () -> moc.attestation(id)));
        Throwable missing = org.assertj.core.api.Assertions.catchThrowable(() -> as(s.participantB(),
                () -> moc.attestation(id + 1_000_000)));
        assertThat(notYours).isInstanceOf(NoSuchElementException.class);
        assertThat(missing).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.outsider(), () -> moc.myProject(activity)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aReturnedAttestationKeepsWhatWasWrittenAndIsResubmittedForANewCoSignature() {
        long id = attested();
        assertThatThrownBy(() -> as(s.leadA(), () -> moc.returnToParticipant(id, "  ")))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsKey("note"));
        as(s.leadA(), () -> moc.returnToParticipant(id, "Say which PDSA cycles you ran."));

        MocProject mine = as(s.participantA(), () -> moc.myProject(activity));
        assertThat(mine.attestation().status()).isEqualTo(AttestationStatus.RETURNED);
        assertThat(mine.attestation().aims()).isEqualTo(MocFixtures.AIMS);
        assertThat(mine.attestation().role()).isEqualTo(MocFixtures.ROLE);
        assertThat(mine.attestation().mayEdit()).isTrue();
        assertThatThrownBy(() -> as(s.leadA(), () -> moc.coSign(id, null))).isInstanceOfSatisfying(
                InvalidInput.class, invalid -> assertThat(invalid.fieldErrors()).containsEntry("attestation",
                        "It is no longer waiting for a co-signature."));

        AttestationDetails changed = MocFixtures.details();
        long again = as(s.participantA(), () -> moc.attest(activity, new AttestationDetails(null, changed.from(),
                changed.to(), changed.aims(), changed.role() + " Cycles 1 to 4 on cuff size.", true)));

        Attestation resubmitted = as(s.leadA(), () -> moc.attestation(again));
        assertThat(again).isEqualTo(id);
        assertThat(resubmitted.role()).endsWith("Cycles 1 to 4 on cuff size.");
        assertThat(resubmitted.status()).isEqualTo(AttestationStatus.SUBMITTED);
        assertThat(resubmitted.timeline()).extracting(AttestationStep::action).containsExactly(
                AttestationStep.Action.SUBMITTED, AttestationStep.Action.RETURNED,
                AttestationStep.Action.RESUBMITTED);
        assertThat(resubmitted.timeline().get(1).note()).isEqualTo("Say which PDSA cycles you ran.");
        assertThat(resubmitted.mayCoSign()).isTrue();
        assertThatThrownBy(() -> as(s.participantA(), () -> moc.attest(activity, MocFixtures.details())))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsKey("attestation"));
    }

    @Test
    void nothingCanBeClaimedBeforeApproval() {
        long id = attested();
        as(s.leadA(), () -> moc.coSign(id, null));

        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.MOC_PART_IV,
                new BigDecimal("20")))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(
                invalid.fieldErrors()).containsEntry("claim", "Your MOC Part IV attestation has not been approved yet."));
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.myActivity(activity)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aPeriodOutsideTheCollaborativeIsRefusedWithAMessageForTheField() {
        AttestationDetails good = MocFixtures.details();
        AttestationDetails early = new AttestationDetails(null, good.from().minusMonths(1), good.to(), good.aims(),
                good.role(), true);
        assertThatThrownBy(() -> as(s.participantA(), () -> moc.attest(activity, early)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get("from"))
                        .startsWith("Start within the collaborative ("));
        AttestationDetails late = new AttestationDetails(null, good.from(), YearMonth.now().plusMonths(11), "", "",
                false);
        assertThatThrownBy(() -> as(s.participantA(), () -> moc.attest(activity, late)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("to", "aims", "role", "attested").doesNotContainKey("from"));
        assertThat(as(s.participantA(), () -> moc.myProject(activity)).attestation()).isNull();
    }

    @Test
    void aLeadsOwnAttestationIsCoSignedByAnOrganiserNotByThemselves() {
        long id = as(s.leadA(), () -> moc.attest(activity, MocFixtures.details()));
        assertThat(as(s.leadA(), () -> moc.waitingForMe())).isEmpty();
        assertThatThrownBy(() -> as(s.leadA(), () -> moc.coSign(id, null))).isInstanceOf(AccessDeniedException.class);

        as(s.organiser(), () -> moc.coSign(id, "Lena chaired the team's monthly data reviews."));
        as(s.organiser(), () -> moc.approve(id, null));
        assertThat(as(s.leadA(), () -> moc.attestation(id)).status()).isEqualTo(AttestationStatus.APPROVED);
    }

    @Test
    void aCoachDoesNotAttestTheTeamsProject() {
        assertThatThrownBy(() -> as(s.coachA(), () -> moc.attest(activity, MocFixtures.details())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(s.coachA(), () -> moc.myProjects())).isEmpty();
        assertThat(as(s.participantA(), () -> moc.myProjects())).extracting(MocProjectSummary::title)
                .containsExactly("Hypertension control QI project");
    }

    @Test
    void aCollaborativesQiProjectHasOneMocActivity() {
        ActivityDetails first = as(s.organiser(), () -> activities.activity(activity)).details();

        assertThatThrownBy(() -> as(s.organiser(), () -> activities.create(first)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("link", "The collaborative's QI project already has its MOC Part IV activity."));
        as(s.organiser(), () -> activities.update(activity, first));
    }

    @Test
    void aProjectOfferingOnlyMocPointsIsNotANursesToAttest() {
        ActivityDetails offered = as(s.organiser(), () -> activities.activity(activity)).details();
        as(s.organiser(), () -> activities.update(activity, new ActivityDetails(offered.collaborativeId(),
                offered.title(), offered.link(), offered.provider(), Map.of(CreditType.MOC_PART_IV,
                new BigDecimal("20")), offered.accreditationStatement(), offered.designationStatement(),
                offered.disclosures(), offered.claimWindowDays(), offered.evaluation())));
        as(s.leadA(), () -> accounts.updateMyProfessionalDetails(Profession.NURSE, "RN"));

        assertThat(as(s.leadA(), () -> moc.myProjects())).isEmpty();
        assertThatThrownBy(() -> as(s.leadA(), () -> moc.attest(activity, MocFixtures.details())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("attestation"));
        assertThat(as(s.participantA(), () -> moc.myProjects())).hasSize(1);
    }
}
