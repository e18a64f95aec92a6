package org.allteach.credits.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.credits.ActivityView;
import org.allteach.credits.ActivityTally;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditType;
import org.allteach.identity.Roles;
import org.allteach.shared.ui.PageHeader;

/**
 * The organisers' list of CE activities, per collaborative they run: what each is linked to, the credit it offers,
 * its claim window, and how many attended and claimed.
 */
@Route("credits/activities")
@PageTitle("CE activities · AllTeach")
@Menu(order = 21, title = "CE activities", icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@StyleSheet("context://styles/credits.css")
class ActivitiesView extends Main {

    final Map<Long, Grid<Row>> grids = new LinkedHashMap<>();

    /** One activity with its counts, as listed. */
    record Row(ActivityView activity, long attended, long claimed) {
    }

    ActivitiesView(Collaboratives collaboratives, CreditActivities activities) {
        addClassNames("page", "ce-activities");
        RouterLink attestations = new RouterLink("MOC Part IV attestations", MocQueueView.class);
        add(new PageHeader("CE activities", attestations), new Paragraph("Continuing-education credit for your collaboratives'"
                + " sessions, series, recordings and QI projects: what each offers, how long learners have to claim, and who did."));
        List<CollaborativeSummary> mine = collaboratives.organisedByMe();
        for (CollaborativeSummary collaborative : mine) {
            Button create = new Button("New activity", VaadinIcon.PLUS.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate("credits/activities/new", QueryParameters.of("collaborative",
                            String.valueOf(collaborative.id())))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Span spacer = new Span();
            spacer.addClassName("spacer");
            RouterLink reports = new RouterLink("Reports", ReportsView.class);
            reports.setQueryParameters(QueryParameters.of("collaborative", String.valueOf(collaborative.id())));
            reports.addClassName("ce-reports-link");
            Div heading = new Div(new H2(collaborative.name()), spacer, reports, create);
            heading.addClassName("toolbar");
            Map<Long, ActivityTally> tallies = activities.tallies(collaborative.id());
            List<Row> rows = activities.activities(collaborative.id()).stream().map(activity -> {
                ActivityTally tally = tallies.getOrDefault(activity.id(), new ActivityTally(activity.id(), 0, 0));
                return new Row(activity, tally.attended(), tally.claimed());
            }).toList();
            add(heading);
            if (rows.isEmpty()) {
                add(new Paragraph("No CE activities yet."));
                continue;
            }
            Grid<Row> grid = grid(rows);
            grids.put(collaborative.id(), grid);
            add(grid);
        }
        if (mine.isEmpty()) {
            add(new Paragraph("You do not organise a collaborative yet."));
        }
    }

    private static Grid<Row> grid(List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(row -> new RouterLink(row.activity().details().title(), ActivityFormView.class,
                new RouteParameters("activityId", String.valueOf(row.activity().id())))).setHeader("Activity")
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
            Span kind = new Span(row.activity().details().link().kind().label());
            kind.addClassName("muted");
            return new Div(new Span(row.activity().linkedTitle()), new Div(kind));
        }).setHeader("For").setFlexGrow(2);
        grid.addColumn(row -> offers(row.activity().details().offers())).setHeader("Credit (most hours)")
                .setFlexGrow(3);
        grid.addColumn(row -> row.activity().details().claimWindowDays() + " days").setHeader("Claim window")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.attended() + " / " + row.claimed()).setHeader("Attended / claimed")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        return grid;
    }

    static String offers(Map<CreditType, BigDecimal> offers) {
        return offers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(offer -> offer.getKey().label() + " " + offer.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" \u00b7 "));
    }
}
