package org.allteach.credits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.AttestationStatus;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditType;
import org.allteach.credits.MocAttestations;
import org.allteach.credits.MocFixtures;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The MOC Part IV pages without a browser: the participant's form, the signer's review page, the activity form. */
@AllTeachTest
class MocViewsTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    CreditActivities activities;
    @Autowired
    Accounts accounts;
    @Autowired
    MocAttestations moc;

    Scenario s;
    long activity;

    @BeforeEach
    void project() {
        MocFixtures.Project project = new MocFixtures(scenarios, actingAs, activities, accounts).project();
        s = project.scenario();
        activity = project.activityId();
    }

    @Test
    void theAttestationFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() {
        actingAs.run(s.participantA().id(), () -> {
            MocProjectView page = navigate("credits/moc/" + activity, MocProjectView.class);
            assertThat(page.team.isVisible()).isFalse();
            List<?> months = page.from.getListDataView().getItems().toList();
            page.from.setValue(page.project.lastMonth());
            page.to.setValue(page.project.firstMonth());
            test(page.aims).setValue(MocFixtures.AIMS);

            test(page.submit).click();

            assertThat(months).hasSize(3);
            assertThat(page.to.isInvalid()).isTrue();
            assertThat(page.to.getErrorMessage()).isEqualTo("End in or after the first month.");
            assertThat(page.role.getErrorMessage()).isEqualTo("Describe your role in the project.");
            assertThat(page.attested.isInvalid()).isTrue();
            assertThat(page.aims.isInvalid()).isFalse();
            assertThat(page.aims.getValue()).isEqualTo(MocFixtures.AIMS);
            assertThat(moc.myProject(activity).attestation()).isNull();

            page.from.setValue(page.project.firstMonth());
            page.to.setValue(page.project.lastMonth());
            test(page.role).setValue(MocFixtures.ROLE);
            page.attested.setValue(true);
            test(page.submit).click();

            assertThat(moc.myProject(activity).attestation().status()).isEqualTo(AttestationStatus.SUBMITTED);
            assertThat(page.getElement().getTextRecursively()).contains("Submitted by " + s.participantA().name())
                    .contains(MocFixtures.ROLE).doesNotContain("Attest your participation");
        });
    }

    @Test
    void theLeadReturnsAnAttestationOnlyWithAReasonAndTheParticipantFindsWhatTheyWrote() {
        long id = actingAs.call(s.participantA().id(), () -> moc.attest(activity, MocFixtures.details()));
        actingAs.run(s.organiser().id(), () -> {
            AttestationReviewView review = navigate("credits/moc/review/" + id, AttestationReviewView.class);
            assertThat(review.approve.isVisible()).isFalse();
            assertThat(review.coSign.isVisible()).isTrue();
        });
        actingAs.run(s.leadA().id(), () -> {
            MocQueueView queue = navigate(MocQueueView.class);
            assertThat(queue.waiting.getListDataView().getItems().toList()).hasSize(1);
            AttestationReviewView review = navigate("credits/moc/review/" + id, AttestationReviewView.class);
            assertThat(review.card.getElement().getTextRecursively()).contains(MocFixtures.AIMS)
                    .contains(s.participantA().name());
            assertThat(review.approve.isVisible()).isFalse();

            test(review.sendBack).click();
            assertThat(review.note.isInvalid()).isTrue();
            assertThat(review.note.getErrorMessage())
                    .isEqualTo("Say what to change, so the participant can put it right.");

            test(review.note).setValue("Name the PDSA cycles you ran.");
            test(review.sendBack).click();
            assertThat(review.sendBack.isVisible()).isFalse();
            assertThat(review.getElement().getTextRecursively()).contains("Returned by " + s.leadA().name())
                    .contains("Name the PDSA cycles you ran.");
        });
        actingAs.run(s.participantA().id(), () -> {
            MocProjectView page = navigate("credits/moc/" + activity, MocProjectView.class);
            assertThat(page.getElement().getTextRecursively()).contains("Name the PDSA cycles you ran.");
            assertThat(page.aims.getValue()).isEqualTo(MocFixtures.AIMS);
            assertThat(page.role.getValue()).isEqualTo(MocFixtures.ROLE);
            assertThat(page.submit.getText()).isEqualTo("Resubmit attestation");
        });
    }

    @Test
    void aSignerWhosePageIsOutOfDateIsToldItNoLongerWaitsForThemAndKeepsTheirNote() {
        long id = actingAs.call(s.participantA().id(), () -> moc.attest(activity, MocFixtures.details()));
        actingAs.run(s.leadA().id(), () -> {
            AttestationReviewView review = navigate("credits/moc/review/" + id, AttestationReviewView.class);
            actingAs.run(s.organiser().id(), () -> moc.coSign(id, null));
            test(review.note).setValue("Paul ran every measurement cycle.");

            test(review.coSign).click();

            assertThat(test($(Notification.class).last()).getText())
                    .isEqualTo("It is no longer waiting for a co-signature.");
            assertThat(review.note.getValue()).isEqualTo("Paul ran every measurement cycle.");
        });
        assertThat(actingAs.call(s.participantA().id(), () -> moc.attestation(id)).timeline()).hasSize(2);
    }

    @Test
    void anIdTooLongForANumberIsNoPage() {
        String tooLong = "9".repeat(20);
        actingAs.run(s.participantA().id(), () -> {
            UI.getCurrent().navigate("credits/moc/" + tooLong);
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
        actingAs.run(s.leadA().id(), () -> {
            UI.getCurrent().navigate("credits/moc/review/" + tooLong);
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
    }

    @Test
    void aQiProjectActivityNeedsNoSessionAndStartsWithTheMocPartIvWording() {
        actingAs.run(s.organiser().id(), () -> {
            ActivityFormView form = navigate("credits/activities/new", ActivityFormView.class);
            test(form.title).setValue("Equity in BP control: MOC Part IV");
            test(form.provider).setValue("Lakeside Health CME");
            form.linkKind.setValue(ActivityLink.Kind.QI_PROJECT);
            assertThat(form.event.isVisible()).isFalse();
            assertThat(form.recording.isVisible()).isFalse();
            assertThat(form.designation.getValue()).contains("MOC points").contains("Part IV");
            form.offered.setValue(Set.of(CreditType.MOC_PART_IV));
            test(form.maxHours.get(CreditType.MOC_PART_IV)).setValue(new BigDecimal("20"));
            test(form.designation).setValue(form.designation.getValue().replace("[N]", "20"));
            List.copyOf(form.evaluationItems).forEach(form.evaluationItems::remove);

            test(form.save).click();

            assertThat(activities.activities(s.collaborativeId())).anySatisfy(saved -> {
                assertThat(saved.details().link()).isEqualTo(new ActivityLink(ActivityLink.Kind.QI_PROJECT,
                        s.collaborativeId()));
                assertThat(saved.details().evaluation()).isEmpty();
                assertThat(saved.linkedTitle()).isEqualTo("QI project of " + s.collaborativeName());
            });
        });
    }
}
