package org.allteach.collaborative.ui;

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
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.MembershipOverview;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.MyMembership;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamMember;
import org.allteach.identity.Accounts;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.PersonChip;
import org.allteach.ui.HomeSection;

/** On the home page: each of the person's collaboratives, where it stands, their team, teammates and coach. */
@org.springframework.stereotype.Component
class MembershipsHomeSection implements HomeSection {

    private final Memberships memberships;
    private final Accounts accounts;

    MembershipsHomeSection(Memberships memberships, Accounts accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create() {
        List<MembershipOverview> mine = memberships.myOverview();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = accounts.myProfile().locale();
        Div cards = new Div();
        cards.addClassName("home-memberships");
        mine.forEach(overview -> cards.add(card(overview, locale)));
        return Optional.of(cards);
    }

    private static Section card(MembershipOverview overview, Locale locale) {
        MyMembership membership = overview.membership();
        CollaborativeSummary collaborative = membership.collaborative();
        Section card = new Section();
        card.addClassNames("card", "membership-card");
        Div heading = new Div(new H2(collaborative.name()), CollaborativeBadges.of(collaborative.status()));
        heading.addClassName("toolbar");
        Paragraph where = new Paragraph(collaborative.focusArea() + " \u00b7 "
                + Dates.range(collaborative.startDate(), collaborative.endDate(), locale)
                + (overview.currentPhase() == null ? "" : " \u00b7 now: " + overview.currentPhase().name()
                        + " (until " + Dates.format(overview.currentPhase().endDate(), locale) + ")"));
        where.addClassName("muted");
        card.add(heading, where);
        if (membership.teamId() == null) {
            card.add(new Paragraph(new Text("You organise this collaborative. "),
                    new Anchor("organise/" + collaborative.id(), "Manage teams, members and invitations")));
            return card;
        }
        Div teamLine = new Div(new H3(membership.teamName()), CollaborativeBadges.of(membership.role()));
        teamLine.addClassName("toolbar");
        card.add(teamLine);
        if (membership.role() == Role.COACH) {
            card.add(new Paragraph("You coach this team."));
        } else {
            card.add(people("Your coach", overview.coaches(), "No coach assigned yet."));
        }
        card.add(people(membership.role() == Role.COACH ? "Team members" : "Your teammates", overview.teammates(),
                "Nobody else yet."));
        card.add(new Anchor("teams/" + membership.teamId(), "Open the team page"));
        return card;
    }

    private static Div people(String title, List<TeamMember> members, String empty) {
        Div block = new Div(new Paragraph(title));
        block.addClassName("people-block");
        if (members.isEmpty()) {
            block.add(new Paragraph(empty));
            return block;
        }
        Div list = new Div();
        list.addClassName("person-list");
        members.forEach(member -> list.add(new PersonChip(member.personId(), member.displayName(),
                member.role().label())));
        block.add(list);
        return block;
    }
}
