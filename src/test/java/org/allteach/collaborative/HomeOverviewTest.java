package org.allteach.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allteach.support.IntegrationTestBase;
import org.allteach.support.QueryCounter;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeOverviewTest extends IntegrationTestBase {

    @Autowired
    Memberships memberships;
    @Autowired
    Collaboratives collaboratives;

    @Test
    void theHomePageShowsTheCurrentPhaseCoachAndTeammates() {
        Scenario s = scenarios.create();
        as(s.organiser(), () -> collaboratives.planBreakthroughSeries(s.collaborativeId(), 3));

        List<MembershipOverview> overview = as(s.participantA(), memberships::myOverview);

        assertThat(overview).singleElement().satisfies(mine -> {
            assertThat(mine.membership().teamName()).isEqualTo(s.teamAName());
            assertThat(mine.currentPhase()).isNotNull();
            assertThat(mine.coaches()).extracting(TeamMember::displayName).containsExactly(s.coachA().name());
            assertThat(mine.teammates()).extracting(TeamMember::displayName).containsExactly(s.leadA().name());
        });
    }

    @Test
    void anOrganiserSeesTheCollaborativeTheyRunWithoutATeam() {
        Scenario s = scenarios.create();

        List<MembershipOverview> overview = as(s.organiser(), memberships::myOverview);

        assertThat(overview).singleElement().satisfies(mine -> {
            assertThat(mine.membership().role()).isEqualTo(Role.ORGANISER);
            assertThat(mine.membership().teamName()).isNull();
            assertThat(mine.teammates()).isEmpty();
        });
    }

    @Test
    void theHomePageNeedsTheSameQueriesForOneMembershipOrMany() {
        Scenario first = scenarios.create();
        long oneMembership = QueryCounter.count(() -> as(first.coachA(), memberships::myOverview));

        Scenario second = scenarios.create();
        Scenario third = scenarios.create();
        var coach = first.coachA();
        actingAs.run(scenarios.admin().id(), () -> {
            memberships.enrol(second.collaborativeId(), second.teamA(), coach.id(), Role.COACH);
            memberships.enrol(third.collaborativeId(), third.teamB(), coach.id(), Role.COACH);
        });
        long threeMemberships = QueryCounter.count(() -> as(coach, memberships::myOverview));

        assertThat(as(coach, memberships::myOverview)).hasSize(3);
        assertThat(threeMemberships).isEqualTo(oneMembership);
    }
}
