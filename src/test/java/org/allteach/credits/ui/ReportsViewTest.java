package org.allteach.credits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Events;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditReport;
import org.allteach.credits.ReportFixtures;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CE reports page without a browser: the period decides what the grids show, totals in the footers. */
@AllTeachTest
class ReportsViewTest extends SpringBrowserlessTest {

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

    ReportFixtures.Built built;

    @BeforeEach
    void build() {
        built = new ReportFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts)
                .build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ReportsView open() {
        return navigate(ReportsView.class); // the organiser's only collaborative
    }

    @Test
    void theChosenPeriodDecidesWhatEachReportShows() {
        actingAs.run(built.scenario().organiser().id(), () -> {
            ReportsView view = open();
            test(view.from).setValue(built.first().from());
            test(view.to).setValue(built.first().to());

            assertThat(view.quickPeriod.getValue()).isEqualTo(ReportsView.CUSTOM);
            assertThat(rows(view.byActivity)).extracting(CreditReport.ByActivity::title)
                    .containsExactly("Learning Session 1");
            assertThat(rows(view.byTeam)).extracting(CreditReport.ByTeam::teamName).containsExactly(
                    built.scenario().teamAName(), built.scenario().teamBName(), "No team");
            assertThat(view.summary.getElement().getTextRecursively()).contains("5learners attended")
                    .contains("5learners claimed");
            assertThat(view.empty.isVisible()).isFalse();

            test(view.from).setValue(built.first().from().minusDays(20));
            test(view.to).setValue(built.first().from().minusDays(10));

            assertThat(view.empty.isVisible()).isTrue();
            assertThat(view.empty.getText()).startsWith("Nobody attended or claimed credit between");
            assertThat(view.tabs.isVisible()).isFalse();
        });
    }

    @Test
    void aPeriodEndingBeforeItStartsIsMarkedOnTheLastDay() {
        actingAs.run(built.scenario().organiser().id(), () -> {
            ReportsView view = open();
            test(view.to).setValue(view.from.getValue().minusDays(1));

            assertThat(view.to.isInvalid()).isTrue();
            assertThat(view.to.getErrorMessage()).isEqualTo("The period must end on or after its first day.");
        });
    }

    @Test
    void theDownloadsAreOffWhileThePeriodIsInvalid() {
        actingAs.run(built.scenario().organiser().id(), () -> {
            ReportsView view = open();
            test(view.from).setValue(built.first().from());
            test(view.to).setValue(built.first().to());
            assertThat(test(view.accreditorCsv).isUsable()).isTrue();
            assertThat(test(view.claimsCsv).isUsable()).isTrue();

            test(view.to).setValue(built.first().from().minusDays(1));
            assertThat(test(view.accreditorCsv).isUsable()).isFalse();
            assertThat(test(view.claimsCsv).isUsable()).isFalse();

            test(view.to).setValue(built.first().to());
            view.from.clear();
            assertThat(view.to.isInvalid()).isTrue();
            assertThat(test(view.accreditorCsv).isUsable()).isFalse();
            assertThat(test(view.claimsCsv).isUsable()).isFalse();

            test(view.from).setValue(built.first().from());
            assertThat(view.to.isInvalid()).isFalse();
            assertThat(test(view.accreditorCsv).isUsable()).isTrue();
            assertThat(test(view.claimsCsv).isUsable()).isTrue();
        });
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
