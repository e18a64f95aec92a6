package org.allteach.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Every service call that reads team-private data or manages a collaborative checks who is asking. */
class CollaborativeAuthorizationTest extends IntegrationTestBase {

    @Autowired
    Teams teams;
    @Autowired
    Memberships memberships;
    @Autowired
    Invitations invitations;
    @Autowired
    Collaboratives collaboratives;

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
    }

    @Test
    void participantCannotOpenAnotherTeamsPage() {
        assertThatThrownBy(() -> as(s.participantA(), () -> teams.teamPage(s.teamB())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participantOpensTheirOwnTeamPageWithItsMembersAndCoach() {
        TeamPage page = as(s.participantA(), () -> teams.teamPage(s.teamA()));

        assertThat(page.name()).isEqualTo(s.teamAName());
        assertThat(page.coaches()).extracting(TeamMember::displayName).containsExactly(s.coachA().name());
        assertThat(page.teamMembers()).extracting(TeamMember::displayName)
                .containsExactly(s.leadA().name(), s.participantA().name());
        assertThat(page.organisations()).hasSize(2);
    }

    @Test
    void coachSeesTheTeamTheyCoachButNotOtherTeams() {
        assertThat(as(s.coachA(), () -> teams.teamPage(s.teamA())).id()).isEqualTo(s.teamA());
        assertThatThrownBy(() -> as(s.coachA(), () -> teams.teamPage(s.teamB())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organiserSeesEveryTeamOfTheirCollaborative() {
        assertThat(as(s.organiser(), () -> teams.teamPage(s.teamA())).id()).isEqualTo(s.teamA());
        assertThat(as(s.organiser(), () -> teams.teamPage(s.teamB())).id()).isEqualTo(s.teamB());
    }

    @Test
    void organiserOfAnotherCollaborativeSeesNoneOfItsTeams() {
        Scenario other = scenarios.create();
        assertThatThrownBy(() -> as(other.organiser(), () -> teams.teamPage(s.teamA())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.organiser(), () -> memberships.members(s.collaborativeId(), "", PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersSeeTheTeamsDirectoryButOutsidersDoNot() {
        assertThat(as(s.participantB(), () -> teams.teamCards(s.collaborativeId())))
                .extracting(TeamCard::name).containsExactly(s.teamAName(), s.teamBName());
        assertThatThrownBy(() -> as(s.outsider(), () -> teams.teamCards(s.collaborativeId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participantCannotUseOrganiserServices() {
        assertThatThrownBy(() -> as(s.leadA(), () -> memberships.members(s.collaborativeId(), "", PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.leadA(), () -> invitations.invite(s.collaborativeId(), s.teamA(),
                Role.PARTICIPANT, "new.person@example.org", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.leadA(), () -> teams.addTeam(s.collaborativeId(), "Sneaky team", java.util.List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.leadA(), () -> collaboratives.planBreakthroughSeries(s.collaborativeId(), 3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participantCannotStartACollaborative() {
        assertThatThrownBy(() -> as(s.participantA(), () -> collaboratives.create(new CollaborativeDetails(
                "Mine", "Anything", null, java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(6),
                CollaborativeStatus.PLANNING)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participantCannotChangeRoles() {
        long participantMembership = as(s.organiser(), () -> memberships.members(s.collaborativeId(),
                s.participantA().email(), PageRequest.of(0, 10))).getFirst().membershipId();

        assertThatThrownBy(() -> as(s.leadA(), () -> memberships.changeRole(participantMembership, Role.COACH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organiserChangesAParticipantIntoTeamLead() {
        long participantMembership = as(s.organiser(), () -> memberships.members(s.collaborativeId(),
                s.participantA().email(), PageRequest.of(0, 10))).getFirst().membershipId();

        as(s.organiser(), () -> memberships.changeRole(participantMembership, Role.TEAM_LEAD));

        assertThat(as(s.organiser(), () -> memberships.members(s.collaborativeId(), s.participantA().email(), PageRequest.of(0, 10)))
                .getFirst().role()).isEqualTo(Role.TEAM_LEAD);
    }

    @Test
    void organisersCannotAddAccountsWithoutTheirConsent() {
        assertThatThrownBy(() -> as(s.organiser(), () -> memberships.enrol(s.collaborativeId(), s.teamA(),
                s.outsider().id(), Role.PARTICIPANT))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTeamThatDoesNotExistLooksLikeOneYouMayNotSee() {
        assertThatThrownBy(() -> as(s.participantA(), () -> teams.teamPage(Long.MAX_VALUE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> teams.teamPage(s.teamA())).isInstanceOf(AccessDeniedException.class);
    }
}
