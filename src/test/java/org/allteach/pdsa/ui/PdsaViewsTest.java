package org.allteach.pdsa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.allteach.identity.ActingAs;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.pdsa.ChangeIdeaDetails;
import org.allteach.pdsa.ChangeIdeas;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.CycleStatus;
import org.allteach.pdsa.Pdsa;
import org.allteach.pdsa.PdsaComments;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDSA pages without a browser: the worksheet form, the cycle page's stages and comments, the team's ramps. */
@AllTeachTest
class PdsaViewsTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Pdsa pdsa;
    @Autowired
    ChangeIdeas changeIdeas;
    @Autowired
    PdsaComments comments;
    @Autowired
    Measures measures;

    Scenario s;
    long followUp;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
        followUp = actingAs.call(s.organiser().id(), () -> measures.create(new MeasureDetails(s.collaborativeId(),
                "Follow-up within 7 days", MeasureType.PROCESS, DataKind.PROPORTION, null, null,
                "Discharges with a follow-up visit within 7 days.", Direction.UP, null, 12, Set.of(s.teamA()),
                Set.of())));
    }

    @Test
    void theWorksheetFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() {
        actingAs.run(s.leadA().id(), () -> {
            CycleFormView form = navigate("teams/" + s.teamA() + "/pdsa/new", CycleFormView.class);
            test(form.prediction).setValue("8 of 10 repeat the plan.");
            form.plannedStart.setValue(LocalDate.now().plusDays(2));
            form.measures.setValue(Set.copyOf(form.measures.getListDataView().getItems().toList()));

            test(form.save).click();

            assertThat(form.title.isInvalid()).isTrue();
            assertThat(form.title.getErrorMessage()).isEqualTo("Name the cycle: what will you test?");
            assertThat(form.objective.getErrorMessage()).isEqualTo("Write the objective: what is this cycle for?");
            assertThat(form.prediction.isInvalid()).isFalse();
            assertThat(form.prediction.getValue()).isEqualTo("8 of 10 repeat the plan.");
            assertThat(pdsa.board(s.teamA()).ramps()).isEmpty();

            test(form.title).setValue("Teach-back at discharge");
            test(form.objective).setValue("Patients can say their follow-up plan.");
            test(form.save).click();

            CycleView page = (CycleView) getCurrentView();
            assertThat(page.cycle.label()).isEqualTo("PDSA 1");
            assertThat(page.cycle.measures()).extracting(m -> m.name()).containsExactly("Follow-up within 7 days");
            assertThat(page.getElement().getTextRecursively()).contains("Teach-back at discharge")
                    .contains("8 of 10 repeat the plan.");
        });
    }

    @Test
    void startingWithoutAPredictionSaysWhatIsMissingAndCompletingAsksForTheStudy() {
        long id = actingAs.call(s.leadA().id(), () -> pdsa.plan(s.teamA(), CycleDetails.plan(null, null,
                "Reminder calls", "Fewer missed visits.")));
        actingAs.run(s.leadA().id(), () -> {
            CycleView page = navigate("pdsa/" + id, CycleView.class);
            assertThat(page.advance.getText()).isEqualTo("Start cycle");

            test(page.advance).click();

            assertThat(page.problems.isVisible()).isTrue();
            assertThat(page.problems.getElement().getTextRecursively()).contains("Write down what you predict");
            assertThat(page.cycle.status()).isEqualTo(CycleStatus.PLANNED);

            CycleFormView form = navigate("pdsa/" + id + "/edit", CycleFormView.class);
            assertThat(form.study.getParent().orElseThrow().isVisible()).as("Study, before the cycle starts").isFalse();
            test(form.prediction).setValue("Half of the patients called come.");
            test(form.save).click();
            page = (CycleView) getCurrentView();
            test(page.advance).click();
            assertThat(page.cycle.status()).isEqualTo(CycleStatus.IN_PROGRESS);
            assertThat(page.advance.getText()).isEqualTo("Complete cycle");

            test(page.advance).click();
            assertThat(page.problems.getElement().getTextRecursively())
                    .contains("Compare what happened with your prediction.");
        });
    }

    @Test
    void organisersReadACycleAndCommentButDoNotEditIt() {
        long id = actingAs.call(s.leadA().id(), () -> pdsa.plan(s.teamA(), CycleDetails.plan(null, null,
                "Reminder calls", "Fewer missed visits.")));
        actingAs.run(s.organiser().id(), () -> {
            CycleView page = navigate("pdsa/" + id, CycleView.class);
            assertThat(page.edit.isVisible()).isFalse();
            assertThat(page.advance.isVisible()).isFalse();
            assertThat(page.planNext.isVisible()).isFalse();

            test(page.commentSection.post).click();
            assertThat(page.commentSection.body.getErrorMessage()).isEqualTo("Write your comment first.");

            test(page.commentSection.body).setValue("Other teams call **twice**.");
            test(page.commentSection.post).click();

            assertThat(page.commentSection.getElement().toString()).contains("<strong>twice</strong>");
        });
        assertThat(actingAs.call(s.leadA().id(), () -> comments.comments(id))).hasSize(1);
    }

    @Test
    void theTeamsPageGroupsRampsUnderTheirChangeIdea() {
        long idea = actingAs.call(s.leadA().id(), () -> changeIdeas.add(s.teamA(), new ChangeIdeaDetails(
                "Teach-back", null, true, "Change concept 2", null, null)));
        long first = actingAs.call(s.leadA().id(), () -> pdsa.plan(s.teamA(), CycleDetails.plan(idea, null,
                "One nurse, 5 patients", "Try it.")));
        actingAs.run(s.leadA().id(), () -> pdsa.plan(s.teamA(), CycleDetails.plan(idea, first,
                "All nurses, a week", "Spread it.")));
        actingAs.run(s.coachA().id(), () -> {
            PdsaBoardView board = navigate("teams/" + s.teamA() + "/pdsa", PdsaBoardView.class);
            String text = board.getElement().getTextRecursively();
            assertThat(text).contains("Teach-back").contains("From the change package: Change concept 2");
            assertThat(text.indexOf("PDSA 1")).isLessThan(text.indexOf("PDSA 2"));
            assertThat(board.newCycle.isVisible()).isTrue();
        });
        actingAs.run(s.participantB().id(), () -> {
            UI.getCurrent().navigate("teams/" + s.teamA() + "/pdsa");
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NoSuchThingView");
        });
    }

    @Test
    void thePdsaEntryOfTheNavigationTakesAMemberToTheirTeamAndLetsAnOrganiserChoose() {
        actingAs.run(s.participantA().id(), () -> {
            UI.getCurrent().navigate("pdsa");
            assertThat(getCurrentView()).isInstanceOf(PdsaBoardView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).contains(s.teamAName());
        });
        actingAs.run(s.organiser().id(), () -> {
            MyPdsaView choice = navigate(MyPdsaView.class);
            assertThat(choice.getElement().getTextRecursively()).contains(s.teamAName()).contains(s.teamBName());
        });
        actingAs.run(s.outsider().id(), () -> {
            MyPdsaView choice = navigate(MyPdsaView.class);
            assertThat(choice.getElement().getTextRecursively()).contains("you are not in a team yet");
        });
    }
}
