package org.allteach.collaborative.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.OrganisationView;
import org.allteach.collaborative.TeamCard;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.shared.ui.Dates;

/** The teams of a collaborative, with their organisations and coaches: who to learn from. */
@Route("teams")
@PageTitle("Teams · AllTeach")
@Menu(order = 1, title = "Teams", icon = "vaadin:group")
@PermitAll
class TeamsView extends Main implements BeforeEnterObserver {

    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Locale locale;
    private final Select<CollaborativeSummary> collaborativeSelect = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Div cards = new Div();
    private List<CollaborativeSummary> mine = List.of();

    TeamsView(Collaboratives collaboratives, Teams teams, Accounts accounts) {
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.locale = accounts.myProfile().locale();
        addClassName("page");
        collaborativeSelect.setLabel("Collaborative");
        collaborativeSelect.setItemLabelGenerator(CollaborativeSummary::name);
        collaborativeSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TeamsView.class,
                        QueryParameters.of("collaborative", String.valueOf(change.getValue().id()))));
            }
        });
        summary.addClassName("page-lead");
        cards.addClassName("card-grid");
        add(new H1("Teams"), collaborativeSelect, summary, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mine = collaboratives.mine();
        collaborativeSelect.setItems(mine);
        collaborativeSelect.setVisible(mine.size() > 1);
        if (mine.isEmpty()) {
            summary.setText("You are not part of a collaborative yet.");
            return;
        }
        Optional<Long> requested = event.getLocation().getQueryParameters().getSingleParameter("collaborative")
                .flatMap(TeamsView::parseId);
        CollaborativeSummary chosen = requested.flatMap(id -> mine.stream().filter(c -> c.id() == id).findFirst())
                .orElse(mine.getFirst());
        collaborativeSelect.setValue(chosen);
        show(chosen);
    }

    private void show(CollaborativeSummary collaborative) {
        List<TeamCard> found = teams.teamCards(collaborative.id());
        summary.setText(collaborative.name() + " \u00b7 " + found.size() + (found.size() == 1 ? " team" : " teams")
                + " \u00b7 " + Dates.range(collaborative.startDate(), collaborative.endDate(), locale));
        cards.removeAll();
        found.forEach(team -> cards.add(card(team)));
        if (found.isEmpty()) {
            cards.add(new Paragraph("No teams yet."));
        }
    }

    private static RouterLink card(TeamCard team) {
        RouterLink card = new RouterLink(TeamView.class, new RouteParameters("teamId", String.valueOf(team.id())));
        card.addClassNames("card", "team-card");
        card.add(new H2(team.name()));
        UnorderedList organisations = new UnorderedList();
        organisations.addClassName("org-list");
        for (OrganisationView org : team.organisations()) {
            organisations.add(new ListItem(CollaborativeBadges.of(org.element()), new Span(org.name())));
        }
        card.add(organisations);
        Span people = new Span(team.memberCount() + (team.memberCount() == 1 ? " member" : " members")
                + (team.coachNames().isEmpty() ? " \u00b7 no coach yet" : " \u00b7 coached by " + String.join(", ", team.coachNames())));
        people.addClassName("muted");
        card.add(people);
        return card;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
