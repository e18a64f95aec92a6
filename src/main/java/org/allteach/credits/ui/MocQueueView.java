package org.allteach.credits.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.credits.AttestationStatus;
import org.allteach.credits.AttestationSummary;
import org.allteach.credits.MocAttestations;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.PageHeader;

/** MOC Part IV attestations waiting for the signed-in person: a team lead's to co-sign, an organiser's to approve. */
@Route("credits/moc")
@PageTitle("MOC Part IV attestations · AllTeach")
@StyleSheet("context://styles/credits.css")
@StyleSheet("context://styles/moc.css")
@PermitAll
class MocQueueView extends Main {

    final Grid<AttestationSummary> waiting = new Grid<>();

    MocQueueView(MocAttestations moc, Accounts accounts) {
        PersonProfile me = accounts.myProfile();
        ZoneId zone = me.timeZone();
        Locale locale = me.locale();
        addClassNames("page", "moc-page");
        Paragraph lead = new Paragraph("Team leads co-sign their team members' attestations of meaningful "
                + "participation in the QI project; organisers approve co-signed ones. Open one to read it, then "
                + "co-sign, approve or return it with a reason.");
        lead.addClassName("page-lead");
        waiting.addComponentColumn(row -> {
            Span team = new Span(row.teamName());
            team.addClassName("muted");
            return new Div(new RouterLink(row.personName(), AttestationReviewView.class,
                    new RouteParameters("attestationId", String.valueOf(row.id()))), new Div(team));
        }).setHeader("Participant").setFlexGrow(2);
        waiting.addColumn(AttestationSummary::activityTitle).setHeader("Activity").setFlexGrow(2);
        waiting.addColumn(row -> AttestationCard.period(row.from(), row.to())).setHeader("Period").setFlexGrow(2);
        waiting.addComponentColumn(row -> new Badge(row.status() == AttestationStatus.SUBMITTED ? "To co-sign"
                : "To approve", "moc", row.status().name())).setHeader("For you").setAutoWidth(true).setFlexGrow(0);
        waiting.addColumn(row -> Dates.format(row.updatedAt().atZone(zone).toLocalDate(), locale))
                .setHeader("Since").setAutoWidth(true).setFlexGrow(0);
        waiting.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        waiting.setAllRowsVisible(true);
        waiting.setEmptyStateText("Nothing waits for you.");
        waiting.addClassName("moc-queue");
        List<AttestationSummary> rows = moc.waitingForMe();
        waiting.setItems(rows);
        add(new PageHeader("MOC Part IV attestations"), lead, new H2("Waiting for you to co-sign or approve"),
                waiting);
    }
}
