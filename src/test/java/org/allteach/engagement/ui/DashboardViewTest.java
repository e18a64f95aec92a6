package org.allteach.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
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
        rows.cycle(s.teamA(), 1, "IN_PROGRESS", s.leadA().id(), Instant.now().minus(5, ChronoUnit.DAYS));
        long measure = rows.measure(s.collaborativeId(), s.organiser().id(), s.teamA());
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        for (YearMonth reported : List.of(month.minusMonths(2), month.minusMonths(1))) {
            rows.value(measure, s.teamA(), reported, reported.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().plusSeconds(60), s.leadA().id());
        }
        actingAs.run(s.organiser().id(), () -> {
            UI.getCurrent().navigate(DashboardView.class, forCollaborative(s));
            DashboardView view = (DashboardView) getCurrentView();
            assertThat(view.grid.getListDataView().getItems()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamAName(), s.teamBName());
            assertThat(view.dashboard.needsAttention()).extracting(TeamEngagement::teamName)
                    .containsExactly(s.teamBName());
            assertThat(view.attention.getElement().getTextRecursively()).contains("Needs attention (1)",
                    s.teamBName(), "No coaching call in 60 days, none booked", "No posts in 30 days");
            assertThat($(Anchor.class, view.attention).all()).extracting(Anchor::getText, Anchor::getHref)
                    .as("the team and each reason link to where to act").contains(
                            tuple(s.teamBName(), "teams/" + s.teamB()),
                            tuple("No coaching call in 60 days, none booked", "teams/" + s.teamB()));

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

    private static QueryParameters forCollaborative(Scenario s) {
        return QueryParameters.of("collaborative", String.valueOf(s.collaborativeId()));
    }

    @Test
    void participantsAndOtherCollaborativesCoachesFindNoPage() {
        Scenario s = scenarios.create();
        Scenario other = scenarios.create();
        actingAs.run(s.participantA().id(), () -> {
            UI.getCurrent().navigate("organise/dashboard", forCollaborative(s));
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
        actingAs.run(other.coachA().id(), () -> {
            UI.getCurrent().navigate("organise/dashboard", forCollaborative(s));
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
    }
}
