package org.allteach.calendar.ui;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.Badge;
import org.allteach.ui.HomeSection;

/** On the home page: the next few events the person may see and has not declined. */
@org.springframework.stereotype.Component
class UpcomingHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final Events events;
    private final Accounts accounts;

    UpcomingHomeSection(Events events, Accounts accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create() {
        List<EventSummary> upcoming = events.upcoming(SHOWN);
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        PersonProfile me = accounts.myProfile();
        EventTimes times = new EventTimes(me.timeZone(), me.locale());
        Div list = new Div();
        list.addClassName("upcoming-list");
        upcoming.forEach(event -> list.add(item(event, times)));
        Div heading = new Div(new H2("Upcoming"), new Anchor("calendar", "Open the calendar"));
        heading.addClassName("toolbar");
        Section card = new Section(heading, list);
        card.addClassNames("card", "home-upcoming");
        return Optional.of(new Styled(card));
    }

    /**
     * One event as a link to its page: date block, title, weekday and times, kind, the viewer's answer and seats, and
     * any lines {@code below}.
     */
    static Anchor item(EventSummary event, EventTimes times, Component... below) {
        Span month = new Span(times.at(event.start()).getMonth().getDisplayName(TextStyle.SHORT, times.locale()));
        month.addClassName("mon");
        Span day = new Span(String.valueOf(times.at(event.start()).getDayOfMonth()));
        day.addClassName("dom");
        Div date = new Div(month, day);
        date.addClassName("event-date-block");
        Span title = new Span(event.title());
        title.addClassName("upcoming-title");
        Span when = new Span(times.at(event.start()).getDayOfWeek().getDisplayName(TextStyle.SHORT, times.locale())
                + ", " + times.range(event.start(), event.end()) + " " + times.zoneAbbreviationAt(event.start()));
        when.addClassName("muted");
        Div meta = new Div(when, new Badge(event.kind().label(), "kind", event.kind().name()));
        meta.addClassName("toolbar");
        if (event.community()) {
            meta.add(KindLegend.communityBadge());
        }
        if (event.myResponse() != null) {
            meta.add(new Badge(event.myResponse().label(), "rsvp", event.myResponse().name()));
        }
        if (event.seatLimit() != null) {
            Span seats = new Span(WeekGrid.seats(event));
            seats.addClassName("muted");
            meta.add(seats);
        }
        Div text = new Div(title, meta);
        text.add(below);
        Anchor item = new Anchor(EventView.path(event.id()), date, text);
        item.addClassNames("upcoming-item", KindLegend.kindClass(event.kind()));
        return item;
    }

    /** Loads the calendar's stylesheet with the section, on the home page that does not know about it. */
    @StyleSheet("context://styles/calendar.css")
    private static final class Styled extends Div {
        Styled(Component content) {
            super(content);
        }
    }
}
