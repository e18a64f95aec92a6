package org.allteach.pdsa.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.TeamRef;
import org.allteach.pdsa.Pdsa;
import org.allteach.shared.ui.PageHeader;

/**
 * The way into PDSA cycles from the navigation (the team page has no place for other features' links): someone in
 * one team goes straight to its cycles; coaches of several teams and organisers choose the team.
 */
@Route("pdsa")
@PageTitle("PDSA cycles · AllTeach")
@Menu(order = 9, title = "PDSA cycles", icon = "vaadin:refresh")
@PermitAll
class MyPdsaView extends Main implements BeforeEnterObserver {

    private final Pdsa pdsa;

    MyPdsaView(Pdsa pdsa) {
        this.pdsa = pdsa;
        addClassNames("page", "narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TeamRef> teams = pdsa.myTeams();
        if (teams.size() == 1) {
            event.forwardTo(PdsaBoardView.class, new RouteParameters("teamId", String.valueOf(teams.getFirst().id())));
            return;
        }
        removeAll();
        add(new PageHeader("PDSA cycles"));
        if (teams.isEmpty()) {
            Paragraph none = new Paragraph("PDSA cycles belong to teams; you are not in a team yet.");
            none.addClassName("muted");
            add(none);
            return;
        }
        add(new Paragraph("Choose a team to see its change ideas and PDSA cycles."));
        UnorderedList list = new UnorderedList();
        teams.forEach(team -> list.add(new ListItem(new RouterLink(team.name(), PdsaBoardView.class,
                new RouteParameters("teamId", String.valueOf(team.id()))))));
        add(list);
    }
}
