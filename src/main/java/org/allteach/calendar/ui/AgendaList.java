package org.allteach.calendar.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.RsvpStatus;
import org.allteach.shared.ui.Badge;

/** The events of a period day by day, with time, kind, audience, seats and the viewer's answer: good on a phone. */
class AgendaList extends Div {

    AgendaList(List<EventSummary> events, LocalDate today, EventTimes times, String whenEmpty) {
        addClassName("cal-agenda");
        Map<LocalDate, List<EventSummary>> byDay = events.stream().collect(Collectors.groupingBy(
                event -> times.date(event.start()), TreeMap::new, Collectors.toList()));
        if (byDay.isEmpty()) {
            Div empty = new Div(whenEmpty);
            empty.addClassName("cal-empty");
            add(empty);
        }
        byDay.forEach((day, onDay) -> add(day(day, today, onDay, times)));
    }

    private static Div day(LocalDate day, LocalDate today, List<EventSummary> events, EventTimes times) {
        Div section = new Div(dateBlock(day, times), items(events, times));
        section.addClassName("cal-agenda-day");
        if (day.equals(today)) {
            section.addClassName("today");
        }
        return section;
    }

    private static Div dateBlock(LocalDate day, EventTimes times) {
        Span dow = new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, times.locale()));
        dow.addClassName("dow");
        Span dom = new Span(String.valueOf(day.getDayOfMonth()));
        dom.addClassName("dom");
        Span month = new Span(day.getMonth().getDisplayName(TextStyle.SHORT, times.locale()));
        month.addClassName("mon");
        Div block = new Div(dow, dom, month);
        block.addClassName("cal-agenda-date");
        return block;
    }

    private static Div items(List<EventSummary> events, EventTimes times) {
        Div items = new Div();
        items.addClassName("cal-agenda-items");
        events.forEach(event -> items.add(item(event, times)));
        return items;
    }

    private static Anchor item(EventSummary event, EventTimes times) {
        Span zone = new Span(times.zoneAbbreviationAt(event.start()));
        zone.addClassName("cal-agenda-zone");
        Span time = new Span(new Span(times.range(event.start(), event.end())), zone);
        time.addClassName("cal-agenda-time");
        Span title = new Span(event.title());
        title.addClassName("cal-agenda-title");
        Div meta = new Div(new Badge(event.kind().label(), "kind", event.kind().name()));
        if (event.community()) {
            meta.add(KindLegend.communityBadge());
        } else {
            meta.add(new Span(event.audience()));
        }
        meta.addClassName("cal-agenda-meta");
        if (event.cancelled()) {
            meta.add(new Badge("Cancelled", "event", "cancelled"));
        } else {
            if (event.seatLimit() != null) {
                meta.add(event.full() ? new Badge("Full \u00b7 waitlist open", "seats", "full")
                        : new Span(WeekGrid.seats(event)));
            }
            if (event.myResponse() != null) {
                meta.add(new Badge(event.myResponse().label(), "rsvp", event.myResponse().name()));
            }
            if (event.hosting()) {
                meta.add(new Badge("You host", "role", "coach"));
            }
        }
        Div main = new Div(title, meta);
        main.addClassName("cal-agenda-main");
        Anchor item = new Anchor(EventView.path(event.id()), time, main);
        item.addClassNames("cal-agenda-item", KindLegend.kindClass(event.kind()));
        markState(item, event);
        return item;
    }

    /** Cancelled events are struck through; declined ones fade; the community's have a dashed outline. */
    static void markState(HasStyle element, EventSummary event) {
        if (event.community()) {
            element.addClassName("cal-community");
        }
        if (event.cancelled()) {
            element.addClassName("cal-cancelled");
        } else if (event.myResponse() == RsvpStatus.NOT_GOING) {
            element.addClassName("cal-declined");
        }
    }
}
