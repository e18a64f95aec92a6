package org.allteach.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class CollaborativesTest extends IntegrationTestBase {

    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Teams teams;
    @Autowired
    Memberships memberships;

    @Test
    void anEndBeforeTheStartIsRefusedNextToTheEndDate() {
        CollaborativeDetails details = new CollaborativeDetails("Backwards " + Scenarios.unique(), "Asthma", null,
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1), CollaborativeStatus.PLANNING);

        assertThatThrownBy(() -> as(scenarios.admin(), () -> collaboratives.create(details)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsExactly(java.util.Map.entry("endDate", "The end date must be on or after the start date.")));
    }

    @Test
    void aCollaborativeThatHasEndedMustSaySo() {
        CollaborativeDetails details = new CollaborativeDetails("Past " + Scenarios.unique(), "Asthma", null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), CollaborativeStatus.ACTIVE);

        assertThatThrownBy(() -> as(scenarios.admin(), () -> collaboratives.create(details)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get("endDate"))
                        .startsWith("This date has passed."));

        CollaborativeSummary archived = as(scenarios.admin(), () -> collaboratives.create(new CollaborativeDetails(
                details.name(), "Asthma", null, details.startDate(), details.endDate(), CollaborativeStatus.ALUMNI)));
        assertThat(archived.status()).isEqualTo(CollaborativeStatus.ALUMNI);
    }

    @Test
    void namesAreUniqueAndRequired() {
        Scenario s = scenarios.create();
        CollaborativeDetails duplicate = new CollaborativeDetails(s.collaborativeName(), "", null, null, null, null);

        assertThatThrownBy(() -> as(s.organiser(), () -> collaboratives.create(duplicate)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("name", "Another collaborative already has this name.")
                        .containsKeys("focusArea", "startDate", "endDate", "status"));
    }

    @Test
    void theCreatorOrganisesTheNewCollaborative() {
        Scenario s = scenarios.create();
        CollaborativeSummary created = as(s.organiser(), () -> collaboratives.create(new CollaborativeDetails(
                "Second cohort " + Scenarios.unique(), "Hypertension", null, LocalDate.now().plusMonths(1),
                LocalDate.now().plusMonths(13), CollaborativeStatus.PLANNING)));

        assertThat(as(s.organiser(), collaboratives::organisedByMe)).extracting(CollaborativeSummary::id)
                .contains(created.id(), s.collaborativeId());
        assertThat(as(s.participantA(), collaboratives::mine)).extracting(CollaborativeSummary::id)
                .containsExactly(s.collaborativeId());
    }

    @Test
    void aBreakthroughSeriesPlanCoversTheWholeCollaborativeWithoutGaps() {
        Scenario s = scenarios.create();

        List<PhaseView> plan = as(s.organiser(), () -> collaboratives.planBreakthroughSeries(s.collaborativeId(), 3));

        assertThat(plan).extracting(PhaseView::name).containsExactly("Pre-work", "Learning session 1",
                "Action period 1", "Learning session 2", "Action period 2", "Learning session 3", "Action period 3");
        CollaborativeSummary collaborative = as(s.organiser(), () -> collaboratives.summary(s.collaborativeId()));
        assertThat(plan.getFirst().startDate()).isEqualTo(collaborative.startDate());
        assertThat(plan.getLast().endDate()).isEqualTo(collaborative.endDate());
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.get(i).startDate()).isEqualTo(plan.get(i - 1).endDate().plusDays(1));
        }
        assertThat(as(s.participantA(), () -> collaboratives.phases(s.collaborativeId()))).hasSize(7);
    }

    @Test
    void phasesStayInsideTheCollaborative() {
        Scenario s = scenarios.create();
        CollaborativeSummary collaborative = as(s.organiser(), () -> collaboratives.summary(s.collaborativeId()));

        assertThatThrownBy(() -> as(s.organiser(), () -> collaboratives.addPhase(s.collaborativeId(),
                PhaseKind.LEARNING_SESSION, collaborative.endDate().minusDays(1), collaborative.endDate().plusDays(5))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("endDate"));

        PhaseView first = as(s.organiser(), () -> collaboratives.addPhase(s.collaborativeId(),
                PhaseKind.LEARNING_SESSION, collaborative.startDate(), collaborative.startDate().plusDays(1)));
        PhaseView second = as(s.organiser(), () -> collaboratives.addPhase(s.collaborativeId(),
                PhaseKind.LEARNING_SESSION, collaborative.startDate().plusDays(60), collaborative.startDate().plusDays(61)));
        assertThat(first.name()).isEqualTo("Learning session 1");
        assertThat(second.name()).isEqualTo("Learning session 2");
    }

    @Test
    void aPhaseAddedAfterRemovingAnEarlierOneGetsTheNextNumber() {
        Scenario s = scenarios.create();
        CollaborativeSummary collaborative = as(s.organiser(), () -> collaboratives.summary(s.collaborativeId()));
        LocalDate start = collaborative.startDate();
        PhaseView first = as(s.organiser(), () -> collaboratives.addPhase(s.collaborativeId(),
                PhaseKind.LEARNING_SESSION, start, start.plusDays(1)));
        as(s.organiser(), () -> collaboratives.addPhase(s.collaborativeId(), PhaseKind.LEARNING_SESSION,
                start.plusDays(30), start.plusDays(31)));
        as(s.organiser(), () -> collaboratives.removePhase(first.id()));

        PhaseView third = as(s.organiser(), () -> collaboratives.addPhase(s.collaborativeId(),
                PhaseKind.LEARNING_SESSION, start.plusDays(60), start.plusDays(61)));

        assertThat(third.name()).isEqualTo("Learning session 3");
    }

    @Test
    void theTeamsDirectoryCountsMembersAndNamesCoaches() {
        Scenario s = scenarios.create();

        List<TeamCard> cards = as(s.participantB(), () -> teams.teamCards(s.collaborativeId()));

        TeamCard teamA = cards.stream().filter(card -> card.id() == s.teamA()).findFirst().orElseThrow();
        assertThat(teamA.memberCount()).isEqualTo(2);
        assertThat(teamA.coachNames()).containsExactly(s.coachA().name());
        assertThat(teamA.organisations()).extracting(OrganisationView::element)
                .containsExactly(Element.CLINIC, Element.COMMUNITY_PARTNER);
    }

    @Test
    void aTeamNeedsANameAndAnOrganisation() {
        Scenario s = scenarios.create();

        assertThatThrownBy(() -> as(s.organiser(), () -> teams.addTeam(s.collaborativeId(), s.teamAName(), List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("name", "Another team in this collaborative has this name.")
                        .containsEntry("organisations", "Choose at least one organisation that forms the team."));
    }

    @Test
    void teamsCreatedAtTheSameMomentWithOneNameGiveOneTeamAndClearMessages() throws Exception {
        Scenario s = scenarios.create();
        long organisation = as(s.organiser(), () -> teams.organisations(s.collaborativeId())).getFirst().id();
        String name = "Same moment " + Scenarios.unique();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(s.organiser(), () -> teams.addTeam(s.collaborativeId(), name, List.of(organisation)));
                        return "created";
                    } catch (InvalidInput invalid) {
                        return invalid.fieldErrors().get("name");
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("created");
            assertThat(outcomes.stream().filter(outcome -> !outcome.equals("created")))
                    .containsOnly("Another team in this collaborative has this name.");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theMemberListPagesAndFiltersInTheDatabase() {
        Scenario s = scenarios.create();

        List<MemberRow> all = as(s.organiser(), () -> memberships.members(s.collaborativeId(), "", PageRequest.of(0, 50)));
        assertThat(all).extracting(MemberRow::displayName).isSorted();
        assertThat(all).hasSize(6);
        assertThat(as(s.organiser(), () -> memberships.members(s.collaborativeId(), "", PageRequest.of(2, 2)))).hasSize(2);
        assertThat(as(s.organiser(), () -> memberships.countMembers(s.collaborativeId(), s.teamBName()))).isEqualTo(1);
        assertThat(as(s.organiser(), () -> memberships.countMembers(s.collaborativeId(), "%"))).isZero();
    }

    @Test
    void aTeamRoleCannotBecomeOrganiserByARoleChange() {
        Scenario s = scenarios.create();
        long membership = as(s.organiser(), () -> memberships.members(s.collaborativeId(), s.leadA().email(), PageRequest.of(0, 5)))
                .getFirst().membershipId();

        assertThatThrownBy(() -> as(s.organiser(), () -> memberships.changeRole(membership, Role.ORGANISER)))
                .isInstanceOf(InvalidInput.class);
    }
}
