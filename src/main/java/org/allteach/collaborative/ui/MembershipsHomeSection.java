package org.allteach.collaborative.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.MyMembership;
import org.allteach.collaborative.PhaseView;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamMember;
import org.allteach.collaborative.TeamPage;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.PersonChip;
import org.allteach.ui.HomeSection;

/** On the home page: each of the person's collaboratives, where it stands, their team, teammates and coach. */
@org.springframework.stereotype.Component
class MembershipsHomeSection implements HomeSection {

    private final Memberships memberships;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Accounts accounts;

    MembershipsHomeSection(Memberships memberships, Collaboratives collaboratives, Teams teams, Accounts accounts) {
        this.memberships = memberships;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create() {
        List<MyMembership> mine = memberships.mine();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        PersonProfile me = accounts.myProfile();
        Div cards = new Div();
        cards.addClassName("home-memberships");
        for (MyMembership membership : mine) {
            cards.add(card(membership, me));
        }
        return Optional.of(cards);
    }

    private Section card(MyMembership membership, PersonProfile me) {
        Locale locale = me.locale();
        var collaborative = membership.collaborative();
        Section card = new Section();
        card.addClassNames("card", "membership-card");
        Div heading = new Div(new H2(collaborative.name()), CollaborativeBadges.of(collaborative.status()));
        heading.addClassName("toolbar");
        card.add(heading);
        Paragraph where = new Paragraph(collaborative.focusArea() + " \u00b7 "
                + Dates.range(collaborative.startDate(), collaborative.endDate(), locale)
                + currentPhase(collaborative.id(), LocalDate.now(me.timeZone()), locale));
        where.addClassName("muted");
        card.add(where);
        if (membership.teamId() == null) {
            card.add(new Paragraph(new Text("You organise this collaborative. "),
                    new Anchor("organise/" + collaborative.id(), "Manage teams, members and invitations")));
            return card;
        }
        TeamPage team = teams.teamPage(membership.teamId());
        Div teamLine = new Div(new H3(team.name()), CollaborativeBadges.of(membership.role()));
        teamLine.addClassName("toolbar");
        card.add(teamLine);
        if (membership.role() == Role.COACH) {
            card.add(new Paragraph("You coach this team."));
        } else if (!team.coaches().isEmpty()) {
            card.add(people("Your coach", team.coaches()));
        }
        List<TeamMember> teammates = team.teamMembers().stream().filter(member -> member.personId() != me.id()).toList();
        card.add(people(membership.role() == Role.COACH ? "Team members" : "Your teammates", teammates));
        card.add(new Anchor("teams/" + team.id(), "Open the team page"));
        return card;
    }

    private String currentPhase(long collaborativeId, LocalDate today, Locale locale) {
        return collaboratives.phases(collaborativeId).stream()
                .filter(phase -> !today.isBefore(phase.startDate()) && !today.isAfter(phase.endDate()))
                .findFirst()
                .map(PhaseView::name)
                .map(name -> " \u00b7 now: " + name)
                .orElse("");
    }

    private static Div people(String title, List<TeamMember> members) {
        Div list = new Div();
        list.addClassName("person-list");
        members.forEach(member -> list.add(new PersonChip(member.personId(), member.displayName(),
                member.role().label())));
        Div block = new Div(new Paragraph(title), list);
        block.addClassName("people-block");
        if (members.isEmpty()) {
            block.add(new Paragraph("Nobody yet."));
        }
        return block;
    }
}
