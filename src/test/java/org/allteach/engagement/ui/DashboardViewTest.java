package org.allteach.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.allteach.engagement.EngagementRows;
import org.allteach.engagement.TeamEngagement;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard page: the team that needs attention is listed first with its reasons, the grid filters by name and
 * by concern; participants and other collaboratives' coaches find no page.
 */
@AllTeachTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOrganiserSeesWhoNeedsAttentionAndFiltersTheTeams() {
        Scenario s = scenarios.create();
        EngagementRows rows = new EngagementRows(jdbc);
        rows.post(s.collaborativeId(), s.teamA(), s.participantA().id(), Instant.now().minus(1, ChronoUnit.MINUTES));
        rows.call(s.collaborativeId(), s.teamA(), s.coachA().id(), s.leadA().id(),
                Instant.now().minus(3, ChronoUnit.DAYS), false);
        actingAs.run(s.organiser().id(), () -> {
            DashboardView view = navigate("organise/dashboard?collaborative=" + s.collaborativeId(),
                    DashboardView.class);
            assertThat(view.grid.getListDataView().getItems()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamAName(), s.teamBName());
            assertThat(view.dashboard.needsAttention()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamBName());
            assertThat(view.attention.getElement().getTextRecursively()).contains("Needs attention (1)",
                    s.teamBName(), "No coaching call in 60 days, none booked", "No posts in 30 days");

            test(view.attentionOnly).click();
            assertThat(view.grid.getListDataView().getItems()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamBName());
            test(view.attentionOnly).click();

            test(view.filter).setValue("carl");
            assertThat(view.grid.getListDataView().getItems()).extracting(TeamEngagement::teamName)
                    .as("team A's coach").containsExactly(s.teamAName());
            test(view.filter).setValue("no posts");
            assertThat(view.grid.getListDataView().getItems()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamBName());
        });
    }

    @Test
    void aCoachSeesTheirTeamOnly() {
        Scenario s = scenarios.create();
        actingAs.run(s.coachA().id(), () -> {
            DashboardView view = navigate("organise/dashboard", DashboardView.class);
            assertThat(view.grid.getListDataView().getItems()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamAName());
        });
    }

    @Test
    void participantsAndOtherCollaborativesCoachesFindNoPage() {
        Scenario s = scenarios.create();
        Scenario other = scenarios.create();
        actingAs.run(s.participantA().id(), () -> {
            UI.getCurrent().navigate("organise/dashboard?collaborative=" + s.collaborativeId());
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
        actingAs.run(other.coachA().id(), () -> {
            UI.getCurrent().navigate("organise/dashboard?collaborative=" + s.collaborativeId());
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
    }
}
