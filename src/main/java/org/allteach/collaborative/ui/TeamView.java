package org.allteach.collaborative.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.OrganisationView;
import org.allteach.collaborative.TeamMember;
import org.allteach.collaborative.TeamPage;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.shared.ui.PersonChip;

/**
 * A team's own page: its organisations, coach and members. Open to the team, its coach and organisers; the
 * service refuses everyone else and the router shows the access-denied page.
 */
@Route("teams/:teamId")
@PermitAll
class TeamView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final Teams teams;
    private final Clock clock;
    private final Locale locale;
    private String title = "Team · AllTeach";

    TeamView(Teams teams, Accounts accounts, Clock clock) {
        this.teams = teams;
        this.clock = clock;
        this.locale = accounts.myProfile().locale();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long teamId = event.getRouteParameters().getLong("teamId").orElseThrow(NotFoundException::new);
        TeamPage team = teams.teamPage(teamId);
        title = team.name() + " · AllTeach";
        show(team);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(TeamPage team) {
        removeAll();
        Paragraph lead = new Paragraph(team.collaborative().name() + " \u00b7 " + team.collaborative().focusArea());
        lead.addClassName("page-lead");
        add(new H1(team.name()), lead);

        Section organisations = new Section(new H2("Partnership"));
        organisations.addClassName("card");
        UnorderedList list = new UnorderedList();
        list.addClassName("org-list");
        for (OrganisationView org : team.organisations()) {
            Span name = new Span(org.name());
            name.getStyle().setFontWeight("600");
            ListItem item = new ListItem(CollaborativeBadges.of(org.element()), name);
            if (org.location() != null) {
                Span location = new Span(org.location());
                location.addClassName("muted");
                item.add(location);
            }
            list.add(item);
        }
        organisations.add(list);

        Section coaches = peopleSection(team.coaches().size() > 1 ? "Coaches" : "Coach", team.coaches(),
                "No coach assigned yet.");
        Section members = peopleSection("Members", team.teamMembers(), "No members yet.");
        Div layout = new Div(organisations, coaches);
        layout.addClassName("card-grid");
        add(layout, members);
    }

    private Section peopleSection(String title, List<TeamMember> people, String empty) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        Div list = new Div();
        list.addClassName("person-list");
        for (TeamMember member : people) {
            String localTime = LOCAL_TIME.withLocale(locale).format(ZonedDateTime.now(clock.withZone(member.timeZone())));
            Anchor email = new Anchor("mailto:" + member.email(), member.email());
            email.addClassName("muted");
            list.add(new PersonChip(member.personId(), member.displayName(),
                    member.role().label() + " \u00b7 " + localTime + " local time", email));
        }
        section.add(people.isEmpty() ? new Paragraph(empty) : list);
        return section;
    }
}
