package org.allteach.calendar.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.allteach.calendar.CommunityEvent;
import org.allteach.calendar.Events;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.CommunityPageSection;

/**
 * On the community page, for its members: the community's next office hours, fireside chats and webinars (host, time
 * in the viewer's zone, seats left) and "Host office hours", which opens the event form for the community.
 */
@org.springframework.stereotype.Component
class CommunitySessionsSection implements CommunityPageSection {

    private static final int SHOWN = 4;

    private final Events events;
    private final Accounts accounts;

    CommunitySessionsSection(Events events, Accounts accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    public Optional<Component> create() {
        PersonProfile me = accounts.myProfile();
        EventTimes times = new EventTimes(me.timeZone(), me.locale());
        Button host = new Button("Host office hours", VaadinIcon.PLUS.create(), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(EventFormView.class, QueryParameters.of(EventFormView.AUDIENCE,
                        EventFormView.FOR_COMMUNITY))));
        host.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div heading = new Div(new H2("Upcoming sessions"), host);
        heading.addClassName("community-events-heading");
        Section card = new Section(heading);
        card.addClassNames("community-card", "community-events");
        List<CommunityEvent> upcoming = events.communityUpcoming(SHOWN);
        if (upcoming.isEmpty()) {
            card.add(new Paragraph("Nothing planned yet. Alumni and members host office hours, fireside chats and "
                    + "webinars for the whole community: offer an hour on what your team solved."));
            return Optional.of(new Styled(card));
        }
        Div list = new Div();
        list.addClassName("upcoming-list");
        for (CommunityEvent event : upcoming) {
            Div hostLine = new Div("Hosted by " + event.host() + " \u00b7 from " + event.hostedFrom());
            hostLine.addClassNames("muted", "community-event-host");
            list.add(UpcomingHomeSection.item(event.event(), times, hostLine));
        }
        card.add(list, new Anchor("calendar", "All events in the calendar"));
        return Optional.of(new Styled(card));
    }

    /** Loads the calendar's stylesheet with the section, on the community page that does not know about it. */
    @StyleSheet("context://styles/calendar.css")
    private static final class Styled extends Div {
        Styled(Component content) {
            super(content);
        }
    }
}
