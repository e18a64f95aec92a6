package org.allteach.pdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.DiscussionTestSupport;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * PDSA cycles through the services: a cycle planned, run and studied; ramps in order; markers for a measure's chart;
 * other teams refused by id; comments; and a message per field for what a worksheet lacks.
 */
class PdsaTest extends DiscussionTestSupport {

    @Autowired
    Pdsa pdsa;
    @Autowired
    ChangeIdeas changeIdeas;
    @Autowired
    PdsaComments comments;
    @Autowired
    Measures measures;

    long teamA;
    long followUp;

    @BeforeEach
    void scenario() {
        createScenario();
        teamA = scenario.teamA();
        followUp = as(scenario.organiser(), () -> measures.create(new MeasureDetails(scenario.collaborativeId(),
                "Follow-up within 7 days", MeasureType.PROCESS, DataKind.PROPORTION, null, null,
                "Discharges with a follow-up visit within 7 days.", Direction.UP, null, 12,
                Set.of(scenario.teamA(), scenario.teamB()), Set.of())));
    }

    CycleDetails teachBack(Long previous) {
        return new CycleDetails(null, previous, "Teach-back at discharge", "Patients can say their follow-up plan.",
                "Can nurses use teach-back in under 3 minutes?", "8 of 10 patients repeat the plan correctly.",
                "Nurse Kim", "Teach-back with the next 10 discharges", "Monday to Wednesday", "Ward 4",
                "Patients who repeat the plan; minutes per talk", null, null, null, null, null,
                LocalDate.now().minusDays(3), null, null, Set.of(followUp), Set.of());
    }

    @Test
    void aLeadPlansRunsAndCompletesACycle() {
        long id = as(scenario.leadA(), () -> pdsa.plan(teamA, teachBack(null)));

        CyclePage planned = as(scenario.participantA(), () -> pdsa.cycle(id));
        assertThat(planned.status()).isEqualTo(CycleStatus.PLANNED);
        assertThat(planned.label()).isEqualTo("PDSA 1");
        assertThat(planned.details().planWhere()).isEqualTo("Ward 4");
        assertThat(planned.measures()).containsExactly(new LinkedMeasure(followUp, "Follow-up within 7 days"));
        assertThat(planned.mayWrite()).isTrue();

        as(scenario.leadA(), () -> pdsa.start(id));
        assertThat(as(scenario.leadA(), () -> pdsa.cycle(id)).status()).isEqualTo(CycleStatus.IN_PROGRESS);
        assertThat(as(scenario.leadA(), () -> pdsa.cycle(id)).details().startedOn()).isEqualTo(LocalDate.now(clock));

        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.complete(id)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("whatHappened", "Say what happened when you ran the test.")
                        .containsEntry("study", "Compare what happened with your prediction.")
                        .containsEntry("act", "Decide: adopt, adapt or abandon."));

        CycleDetails ran = as(scenario.leadA(), () -> pdsa.cycle(id)).details();
        as(scenario.coachA(), () -> pdsa.update(id, new CycleDetails(ran.changeIdeaId(), null, ran.title(),
                ran.objective(), ran.questions(), ran.prediction(), ran.planWho(), ran.planWhat(), ran.planWhen(),
                ran.planWhere(), ran.dataToCollect(), "Done with 10 patients.", "Two needed an interpreter.",
                "7 of 10, below the prediction: language got in the way.", ActDecision.ADAPT,
                "Teach-back with an interpreter.", ran.plannedStart(), ran.startedOn(), null, ran.measureIds(),
                ran.threadIds())));
        as(scenario.leadA(), () -> pdsa.complete(id));

        CyclePage completed = as(scenario.organiser(), () -> pdsa.cycle(id));
        assertThat(completed.status()).isEqualTo(CycleStatus.COMPLETED);
        assertThat(completed.details().act()).isEqualTo(ActDecision.ADAPT);
        assertThat(completed.details().completedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(completed.mayWrite()).isFalse();
    }

    @Test
    void startingNeedsAPredictionAndAStartedCycleCannotStartAgain() {
        long id = as(scenario.leadA(), () -> pdsa.plan(teamA, CycleDetails.plan(null, null, "Reminder calls",
                "Fewer missed follow-ups.")));

        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.start(id)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsOnlyKeys("prediction"));
        assertThat(as(scenario.leadA(), () -> pdsa.cycle(id)).status()).isEqualTo(CycleStatus.PLANNED);
        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.complete(id)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("", "Start the cycle first."));
    }

    @Test
    void aWorksheetWithoutTitleOrObjectiveOrWithWrongLinksGetsAMessagePerField() {
        long otherTeamsIdea = as(scenario.participantB(), () -> changeIdeas.add(scenario.teamB(),
                new ChangeIdeaDetails("Text reminders", null, false, null, null, null)));
        CycleDetails bad = new CycleDetails(otherTeamsIdea, null, "  ", "", null, null, null, null, null, null, null,
                null, null, null, null, null, null, LocalDate.now().minusDays(1), LocalDate.now().minusDays(5),
                Set.of(followUp + 1_000_000), Set.of());

        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.plan(teamA, bad)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "Name the cycle: what will you test?")
                        .containsEntry("objective", "Write the objective: what is this cycle for?")
                        .containsEntry("changeIdea", "Choose one of the team's change ideas.")
                        .containsEntry("measures", "Choose measures the team reports.")
                        .containsEntry("completedOn", "Complete the cycle on or after the day it started."));
        assertThat(as(scenario.leadA(), () -> pdsa.board(teamA)).ramps()).isEmpty();
    }

    @Test
    void cyclesChainIntoRampsShownInOrderAndARampIsALine() {
        long idea = as(scenario.leadA(), () -> changeIdeas.add(teamA, new ChangeIdeaDetails("Teach-back",
                "Ask patients to explain the plan in their words.", true, "Change concept 2: teach-back", null,
                null)));
        long first = as(scenario.leadA(), () -> pdsa.plan(teamA, CycleDetails.plan(idea, null, "One nurse, 5 patients",
                "Try it.")));
        long other = as(scenario.leadA(), () -> pdsa.plan(teamA, CycleDetails.plan(null, null, "Reminder calls",
                "Fewer missed visits.")));
        long second = as(scenario.participantA(), () -> pdsa.plan(teamA, CycleDetails.plan(idea, first,
                "All nurses, one day", "Spread it.")));
        long third = as(scenario.coachA(), () -> pdsa.plan(teamA, CycleDetails.plan(idea, second,
                "All nurses, a week", "Make it stick.")));

        PdsaBoard board = as(scenario.participantA(), () -> pdsa.board(teamA));
        assertThat(board.ramps()).hasSize(2);
        assertThat(board.ramps().getFirst().changeIdeaId()).isEqualTo(idea);
        assertThat(board.ramps().getFirst().cycles()).extracting(CycleRef::id).containsExactly(first, second, third);
        assertThat(board.ramps().getFirst().cycles()).extracting(CycleRef::label)
                .containsExactly("PDSA 1", "PDSA 3", "PDSA 4");
        assertThat(board.ramps().get(1).cycles()).extracting(CycleRef::id).containsExactly(other);
        assertThat(board.changeIdeas()).extracting(ChangeIdeaView::title).containsExactly("Teach-back");
        assertThat(as(scenario.leadA(), () -> pdsa.cycle(second)).ramp()).extracting(CycleRef::id)
                .containsExactly(first, second, third);

        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.plan(teamA, CycleDetails.plan(idea, first,
                "A branch", "Try another way."))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("previous", "PDSA 3 already follows PDSA 1: a ramp is one cycle after another."));
        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.update(first, CycleDetails.plan(idea, third,
                "One nurse, 5 patients", "Try it."))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("previous", "A cycle cannot follow itself or a cycle that builds on it."));
    }

    @Test
    void aMeasuresMarkersAreItsLinkedCyclesAtTheMonthTheyStartedOrArePlanned() {
        long started = as(scenario.leadA(), () -> pdsa.plan(teamA, teachBack(null)));
        as(scenario.leadA(), () -> pdsa.start(started));
        CycleDetails later = new CycleDetails(null, started, "Interpreter at teach-back", "Reach Spanish speakers.",
                null, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.now().plusMonths(2), null, null, Set.of(followUp), Set.of());
        long planned = as(scenario.leadA(), () -> pdsa.plan(teamA, later));
        as(scenario.leadA(), () -> pdsa.plan(teamA, CycleDetails.plan(null, null, "Not on this chart", "Other.")));
        as(scenario.leadA(), () -> pdsa.plan(teamA, new CycleDetails(null, null, "No date yet", "Later.", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, Set.of(followUp),
                Set.of())));

        List<PdsaMarker> markers = as(scenario.coachA(), () -> pdsa.markers(teamA, followUp));

        assertThat(markers).containsExactly(
                new PdsaMarker(started, YearMonth.now(clock), "PDSA 1", "Teach-back at discharge"),
                new PdsaMarker(planned, YearMonth.from(LocalDate.now(clock).plusMonths(2)), "PDSA 2",
                        "Interpreter at teach-back"));
        assertThat(as(scenario.participantB(), () -> pdsa.markers(scenario.teamB(), followUp))).isEmpty();
    }

    @Test
    void anotherTeamsCyclesDoNotExistForItsMembersAndOrganisersOnlyRead() {
        long id = as(scenario.leadA(), () -> pdsa.plan(teamA, teachBack(null)));
        long commentId = as(scenario.coachA(), () -> comments.comment(id, "Good prediction."));

        assertThatThrownBy(() -> as(scenario.participantB(), () -> pdsa.cycle(id)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.participantB(), () -> pdsa.board(teamA)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.participantB(), () -> pdsa.markers(teamA, followUp)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.participantB(), () -> pdsa.start(id)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.participantB(), () -> comments.comments(id)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.participantB(), () -> comments.withdraw(commentId)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.outsider(), () -> pdsa.plan(teamA, teachBack(null))))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(scenario.participantB(), () -> pdsa.plan(teamA, teachBack(id))))
                .isInstanceOf(NoSuchElementException.class);

        assertThat(as(scenario.organiser(), () -> pdsa.board(teamA)).mayWrite()).isFalse();
        assertThatThrownBy(() -> as(scenario.organiser(), () -> pdsa.start(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scenario.organiser(), () -> changeIdeas.add(teamA,
                new ChangeIdeaDetails("Organisers' idea", null, false, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCoachAndOrganisersCommentAndAuthorsEditOrWithdrawTheirOwn() {
        long id = as(scenario.leadA(), () -> pdsa.plan(teamA, teachBack(null)));
        long coachSays = as(scenario.coachA(), () -> comments.comment(id,
                "Nice **prediction**. <script>alert(1)</script>"));
        as(scenario.organiser(), () -> comments.comment(id, "Other teams tried this too."));

        assertThatThrownBy(() -> as(scenario.coachA(), () -> comments.comment(id, "   ")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("body", "Write your comment first."));
        assertThatThrownBy(() -> as(scenario.leadA(), () -> comments.withdraw(coachSays)))
                .isInstanceOf(AccessDeniedException.class);

        as(scenario.coachA(), () -> comments.edit(coachSays, "Nice *prediction*: make it a number."));
        List<PdsaComment> seen = as(scenario.leadA(), () -> comments.comments(id));
        assertThat(seen).hasSize(2);
        assertThat(seen.getFirst().authorName()).isEqualTo(scenario.coachA().name());
        assertThat(seen.getFirst().bodyHtml()).contains("<em>prediction</em>").doesNotContain("script");
        assertThat(seen.getFirst().editedAt()).isNotNull();
        assertThat(seen.getFirst().mine()).isFalse();
        assertThat(seen.getFirst().body()).isNull();

        as(scenario.coachA(), () -> comments.withdraw(coachSays));
        PdsaComment withdrawn = as(scenario.coachA(), () -> comments.comments(id)).getFirst();
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.bodyHtml()).isEmpty();
    }

    @Test
    void aCycleLinksThreadsItsWriterCanReadAndShowsThemOnlyToReadersWhoMay() {
        long teamThread = startThread(scenario.leadA(), teamCategory(scenario.leadA(), scenario.teamAName(),
                CategoryKind.CHALLENGES), "Interpreters on Ward 4", "Who books them?");
        long otherTeamsThread = startThread(scenario.participantB(), teamCategory(scenario.participantB(),
                scenario.teamBName(), CategoryKind.CHALLENGES), "Our secret", "Team B only.");
        CycleDetails withThread = new CycleDetails(null, null, "Interpreters", "Book them ahead.", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(teamThread));

        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.plan(teamA, new CycleDetails(null, null,
                "Interpreters", "Book them ahead.", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Set.of(), Set.of(otherTeamsThread)))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("threads", "Choose threads you can read."));
        long id = as(scenario.leadA(), () -> pdsa.plan(teamA, withThread));

        assertThat(as(scenario.participantA(), () -> pdsa.cycle(id)).threads()).extracting(LinkedThread::title)
                .containsExactly("Interpreters on Ward 4");
        assertThat(as(scenario.leadA(), () -> pdsa.threadsToLink(teamA))).extracting(LinkedThread::id)
                .contains(teamThread).doesNotContain(otherTeamsThread);
    }

    @Test
    void aChangeIdeaFromTheChangePackageSaysWhereItComesFrom() {
        assertThatThrownBy(() -> as(scenario.leadA(), () -> changeIdeas.add(teamA,
                new ChangeIdeaDetails("", null, true, " ", null, null))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "Name the change you will test.")
                        .containsEntry("packageReference", "Say where in the change package it comes from."));
        long id = as(scenario.leadA(), () -> changeIdeas.add(teamA, new ChangeIdeaDetails("Teach-back", null, true,
                "Concept 2", null, null)));
        assertThatThrownBy(() -> as(scenario.leadA(), () -> changeIdeas.add(teamA,
                new ChangeIdeaDetails("Teach-back", null, false, null, null, null))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "The team has a change idea with this title."));

        as(scenario.coachA(), () -> changeIdeas.update(id, new ChangeIdeaDetails("Teach-back", null, true,
                "Concept 2", null, ChangeIdeaStatus.ADOPTED)));
        ChangeIdeaView idea = as(scenario.participantA(), () -> changeIdeas.changeIdeas(teamA)).getFirst();
        assertThat(idea.details().status()).isEqualTo(ChangeIdeaStatus.ADOPTED);
        assertThat(idea.details().packageReference()).isEqualTo("Concept 2");
    }
}
