package org.allteach.credits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Events;
import org.allteach.credits.ActivityDetails;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditFixtures;
import org.allteach.credits.CreditType;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.Profession;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "My credits" without a browser: the evaluation before the claim, limits next to the fields, certificates listed. */
@AllTeachTest
class MyCreditsViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;
    @Autowired
    Library library;

    CreditFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CreditFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyStatementMustBeRatedAndWhatWasTypedStays() {
        CreditFixtures.Planned planned = fixtures.attended(60);
        actingAs.run(planned.scenario().participantA().id(), () -> {
            MyCreditsView view = navigate(MyCreditsView.class);
            MyCreditsView.ActivityCard card = view.cards.getFirst();
            assertThat(card.getElement().getTextRecursively()).contains("Learning Session 2")
                    .contains("You attended 1 h").contains("claim by");
            RadioButtonGroup<Integer> first = card.evaluation.ratings.values().iterator().next();
            card.evaluation.ratings.values().stream().skip(1).forEach(rating -> test(rating).selectItem("4 Agree"));
            TextArea answer = card.evaluation.answers.values().iterator().next();
            test(answer).setValue("Stratify our run charts by language.");

            test(card.evaluation.submit).click();

            assertThat(first.isInvalid()).isTrue();
            assertThat(first.getErrorMessage()).isEqualTo("Choose from 1 (strongly disagree) to 5 (strongly agree).");
            assertThat(answer.getValue()).isEqualTo("Stratify our run charts by language.");
            assertThat(claims.myActivity(planned.activityId()).evaluated()).isFalse();

            test(first).selectItem("5 Strongly agree");
            test(card.evaluation.submit).click();

            MyCreditsView.ActivityCard claimCard = view.cards.getFirst();
            assertThat(claimCard.evaluation).as("evaluated, so no evaluation form").isNull();
            assertThat(claimCard.creditType.getListDataView().getItems())
                    .as("a physician claims the AMA credit, not a certificate of participation")
                    .containsExactly(CreditType.AMA_PRA_CATEGORY_1);
            assertThat(claimCard.hours.getValue()).isEqualTo(1.0);
            assertThat(claimCard.limits.getText()).startsWith("At most 1 hours");
        });
    }

    @Test
    void moreHoursThanAttendedAreRefusedNextToTheFieldThenAClaimListsItsCertificate() {
        CreditFixtures.Planned planned = fixtures.attended(60);
        actingAs.run(planned.scenario().participantA().id(), () -> {
            MyCreditsView view = navigate(MyCreditsView.class);
            MyCreditsView.ActivityCard card = view.cards.getFirst();
            card.evaluation.ratings.values().forEach(rating -> test(rating).selectItem("4 Agree"));
            test(card.evaluation.submit).click();
            card = view.cards.getFirst();

            test(card.hours).setValue(1.25);
            test(card.claim).click();

            assertThat(card.hours.isInvalid()).isTrue();
            assertThat(card.hours.getErrorMessage()).contains("1");
            assertThat(card.hours.getValue()).isEqualTo(1.25);
            assertThat(claims.myCredits()).isEmpty();

            test(card.hours).setValue(0.75);
            test(card.claim).click();

            assertThat(view.certificates.getListDataView().getItems()).singleElement()
                    .satisfies(credit -> {
                        assertThat(credit.creditType()).isEqualTo(CreditType.AMA_PRA_CATEGORY_1);
                        assertThat(credit.hours()).isEqualByComparingTo("0.75");
                    });
            assertThat(view.cards.getFirst().getElement().getTextRecursively())
                    .contains("Claimed: 0.75 \u00d7 AMA PRA Category 1 Credit\u2122");
        });
    }

    @Test
    void aNurseIsOfferedOnlyWhatTheirProfessionMayClaim() {
        CreditFixtures.Planned planned = fixtures.attended(90);
        long nurse = planned.scenario().participantA().id();
        actingAs.run(nurse, () -> accounts.updateMyProfessionalDetails(Profession.NURSE, "RN"));
        actingAs.run(nurse, () -> {
            MyCreditsView view = navigate(MyCreditsView.class);
            MyCreditsView.ActivityCard card = view.cards.getFirst();
            card.evaluation.ratings.values().forEach(rating -> test(rating).selectItem("3 Neutral"));
            test(card.evaluation.submit).click();

            assertThat(view.cards.getFirst().creditType.getListDataView().getItems())
                    .containsExactly(CreditType.PARTICIPATION);
            assertThat(view.cards.getFirst().hours.getValue()).isEqualTo(1.5);
        });
        assertThat(actingAs.call(planned.scenario().participantB().id(), () -> navigate(MyCreditsView.class).cards))
                .isEmpty();
    }

    @Test
    void theTranscriptAndCertificatesAreDownloadLinks() {
        CreditFixtures.Planned planned = fixtures.attended(90);
        fixtures.claimed(planned, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"));
        actingAs.run(planned.scenario().participantA().id(), () -> {
            MyCreditsView view = navigate(MyCreditsView.class);
            assertThat(view.transcriptPdf.getHref()).isNotBlank();
            assertThat(view.transcriptCsv.getHref()).isNotBlank();
            assertThat(view.certificates.getListDataView().getItems()).hasSize(1);
        });
    }

    @Test
    void aRecordingIsAttestedWithTheMinutesSpentAndMovesToTheActivitiesToClaim() {
        CreditFixtures.Planned planned = fixtures.plan();
        long organiser = planned.scenario().organiser().id();
        long collaborative = planned.scenario().collaborativeId();
        long recording = actingAs.call(organiser, () -> library.add(new ResourceDetails(collaborative,
                ResourceKind.RECORDING, "Learning Session 1 recording", "", null, List.of(), 2026, null,
                "https://video.example.org/ls1", Visibility.COLLABORATIVE, null), null, null));
        ActivityDetails start = ActivityDetails.startingPoint(collaborative, "Lakeside Health CME");
        actingAs.run(organiser, () -> activities.create(new ActivityDetails(collaborative, "Learning Session 1 "
                + "(recording)", new ActivityLink(ActivityLink.Kind.ENDURING, recording), start.provider(),
                Map.of(CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE), start.accreditationStatement(),
                ActivityDetails.defaultDesignationStatement("Lakeside Health CME", ActivityLink.Kind.ENDURING,
                        BigDecimal.ONE), List.of(), 30, start.evaluation())));
        actingAs.run(planned.scenario().participantA().id(), () -> {
            MyCreditsView view = navigate(MyCreditsView.class);
            assertThat(view.cards).isEmpty();
            MyCreditsView.RecordingCard card = view.recordings.getFirst();
            assertThat(card.getElement().getTextRecursively()).contains("Learning Session 1 (recording)")
                    .contains("credit for up to 1 h");

            card.minutes.setValue(90);
            test(card.attest).click();

            assertThat(card.minutes.isInvalid()).isTrue();
            assertThat(card.minutes.getErrorMessage()).isEqualTo("Enter the minutes you spent, at most 60.");
            assertThat(card.minutes.getValue()).isEqualTo(90);

            test(card.minutes).setValue(50);
            test(card.attest).click();

            assertThat(view.recordings).isEmpty();
            assertThat(view.cards.getFirst().getElement().getTextRecursively()).contains("You attested 50 min");
            assertThat(view.cards.getFirst().evaluation.ratings).isNotEmpty();
        });
    }
}
