package org.allteach.measures.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Collaboratives;
import org.allteach.measures.Measures;
import org.allteach.shared.ui.PageHeader;

/** The measures of the person's teams (every team's, for coaches and organisers), each opening its chart. */
@Route("measures")
@PageTitle("Measures · AllTeach")
@Menu(order = 7, title = "Measures", icon = "vaadin:chart-line")
@StyleSheet("context://styles/measures.css")
@PermitAll
class MeasuresView extends Main {

    final Div list = new Div();

    MeasuresView(Measures measures, Collaboratives collaboratives) {
        addClassNames("page", "measures-page");
        Paragraph lead = new Paragraph("Each team reports its measures monthly, in total and by race, ethnicity and "
                + "language, to see whether the gap between groups is closing.");
        lead.addClassName("page-lead");
        PageHeader header = new PageHeader("Measures");
        // Organisers define their collaborative's measures and how they are read (the first open one they organise;
        // the pages name it). A closed collaborative's measures are an archive (decision 0033).
        collaboratives.organisedByMe().stream().filter(c -> c.status() != CollaborativeStatus.ALUMNI).findFirst()
                .ifPresent(organised -> {
            Button define = new Button("Define a measure", VaadinIcon.PLUS.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate("measures/define/new", QueryParameters.of("collaborative",
                            String.valueOf(organised.id())))));
            define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button settings = new Button("Measure settings", VaadinIcon.COG.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate("measures/settings/" + organised.id())));
            header.add(settings, define);
        });
        add(header, lead, list);
        List<Measures.TeamMeasure> mine = measures.myTeamMeasures();
        Map<Long, List<Measures.TeamMeasure>> byTeam = mine.stream().collect(Collectors.groupingBy(
                Measures.TeamMeasure::teamId, LinkedHashMap::new, Collectors.toList()));
        // Coaches and organisers also see each measure across the collaborative's teams.
        Map<Long, Measures.TeamMeasure> byMeasure = new LinkedHashMap<>();
        mine.forEach(m -> byMeasure.putIfAbsent(m.measure().id(), m));
        Map<Long, Boolean> mayCompare = new HashMap<>();
        List<Measures.TeamMeasure> across = byMeasure.values().stream()
                .filter(m -> mayCompare.computeIfAbsent(m.measure().details().collaborativeId(),
                        measures::mayCompareTeams)).toList();
        if (!across.isEmpty()) {
            list.add(new H2("All teams"));
            across.forEach(m -> {
                Div row = new Div(new RouterLink(m.measure().details().name(), CollaborativeMeasureView.class,
                        new RouteParameters("measureId", String.valueOf(m.measure().id()))));
                row.addClassName("measures-row");
                list.add(row);
            });
        }
        byTeam.values().forEach(ofTeam -> {
            list.add(new H2(ofTeam.getFirst().teamName()));
            for (Measures.TeamMeasure measure : ofTeam) {
                RouterLink link = new RouterLink(measure.measure().details().name(), TeamMeasureView.class,
                        new RouteParameters(Map.of("measureId", String.valueOf(measure.measure().id()),
                                "teamId", String.valueOf(measure.teamId()))));
                Span type = new Span(measure.measure().details().type().label());
                type.addClassName("muted");
                Div row = new Div(link, type);
                row.addClassName("measures-row");
                list.add(row);
            }
        });
        if (mine.isEmpty()) {
            list.add(new Paragraph("No measures yet. Organisers define the collaborative's measures and which teams "
                    + "report them."));
        }
    }
}
