package org.allteach.calendar.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.allteach.calendar.EventSummary;

/**
 * Seven days side by side with an hour scale, each event a block as long as it lasts; events at the same time share
 * the width. Shows 8 am to 6 pm, widened to fit earlier or later events.
 */
class WeekGrid extends Div {

    private static final int FIRST_HOUR = 8;
    private static final int LAST_HOUR = 18;

    WeekGrid(LocalDate firstDay, LocalDate today, Instant now, List<EventSummary> events, EventTimes times) {
        addClassName("cal-week");
        Map<LocalDate, List<EventSummary>> byDay = events.stream()
                .collect(Collectors.groupingBy(event -> times.date(event.start())));
        int from = FIRST_HOUR;
        int to = LAST_HOUR;
        for (EventSummary event : events) {
            ZonedDateTime start = times.at(event.start());
            ZonedDateTime end = times.at(event.end());
            from = Math.min(from, start.getHour());
            to = Math.max(to, end.toLocalDate().isAfter(start.toLocalDate()) ? 24
                    : end.getHour() + (end.getMinute() > 0 ? 1 : 0));
        }
        Div corner = new Div(times.zoneAbbreviationAt(now));
        corner.addClassName("cal-week-corner");
        add(corner);
        for (int i = 0; i < 7; i++) {
            add(head(firstDay.plusDays(i), today, times));
        }
        Div hours = new Div();
        hours.addClassName("cal-hours");
        for (int hour = from; hour < to; hour++) {
            Div label = new Div(times.compact(LocalTime.of(hour, 0)));
            label.addClassName("cal-hour-label");
            hours.add(label);
        }
        add(hours);
        for (int i = 0; i < 7; i++) {
            LocalDate day = firstDay.plusDays(i);
            add(day(day, today, now, from, to, byDay.getOrDefault(day, List.of()), times));
        }
        getStyle().set("--cal-hours", String.valueOf(to - from));
    }

    private static Div head(LocalDate day, LocalDate today, EventTimes times) {
        Span dow = new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, times.locale()));
        dow.addClassName("dow");
        Span dom = new Span(String.valueOf(day.getDayOfMonth()));
        dom.addClassName("dom");
        Div head = new Div(dow, dom);
        head.addClassName("cal-week-head");
        if (day.equals(today)) {
            head.addClassName("today");
        }
        return head;
    }

    private static Div day(LocalDate day, LocalDate today, Instant now, int fromHour, int toHour,
                           List<EventSummary> events, EventTimes times) {
        Div column = new Div();
        column.addClassName("cal-week-day");
        column.getStyle().set("height", "calc(var(--cal-hour) * " + (toHour - fromHour) + ")");
        if (day.equals(today)) {
            column.addClassName("today");
            double minutes = minutesFrom(times.at(now), fromHour);
            if (minutes >= 0 && minutes <= (toHour - fromHour) * 60) {
                Div line = new Div();
                line.addClassName("cal-now");
                line.getStyle().set("top", offset(minutes));
                line.getElement().setAttribute("aria-hidden", "true");
                column.add(line);
            }
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            column.addClassName("weekend");
        }
        for (Placed placed : layOut(events)) {
            column.add(block(placed, fromHour, toHour, times));
        }
        return column;
    }

    private static Anchor block(Placed placed, int fromHour, int toHour, EventTimes times) {
        EventSummary event = placed.event();
        ZonedDateTime start = times.at(event.start());
        double top = minutesFrom(start, fromHour);
        ZonedDateTime end = times.at(event.end());
        double bottom = end.toLocalDate().isAfter(start.toLocalDate()) ? (toHour - fromHour) * 60.0
                : minutesFrom(end, fromHour);
        boolean brief = bottom - top <= 40;
        Span time = new Span(brief ? times.compact(event.start()) : times.compactRange(event.start(), event.end()));
        time.addClassName("cal-block-time");
        Span title = new Span(event.title());
        title.addClassName("cal-block-title");
        Span meta = new Span(event.seatLimit() != null ? seats(event) : event.audience());
        meta.addClassName("cal-block-meta");
        // an hour is room for the title and time; longer events also say for whom, or the seats left
        meta.setVisible(bottom - top > 60);
        Anchor block = new Anchor(EventView.path(event.id()), title, time, meta);
        block.addClassNames("cal-block", KindLegend.kindClass(event.kind()));
        if (brief) {
            block.addClassName("short");
        }
        block.setTitle(event.title() + ", " + times.range(event.start(), event.end()) + " (" + event.kind().label()
                + (event.community() ? ", the community's" : "") + (event.cancelled() ? ", cancelled" : "") + ")");
        double width = 100.0 / placed.columns();
        block.getStyle().set("top", offset(top)).set("height", "max(1.4rem, " + offset(bottom - top) + ")")
                .set("left", "calc(" + (placed.column() * width) + "% + 2px)")
                .set("width", "calc(" + width + "% - 4px)");
        AgendaList.markState(block, event);
        return block;
    }

    static String seats(EventSummary event) {
        return event.full() ? "Full \u00b7 waitlist open"
                : event.seatsLeft() + (event.seatsLeft() == 1 ? " seat left" : " seats left");
    }

    private static double minutesFrom(ZonedDateTime time, int fromHour) {
        return (time.getHour() - fromHour) * 60.0 + time.getMinute();
    }

    private static String offset(double minutes) {
        return "calc(var(--cal-hour) * " + (minutes / 60.0) + ")";
    }

    private record Placed(EventSummary event, int column, int columns) {
    }

    /**
     * Side by side where events overlap: each group of overlapping events shares the day's width, each event in the
     * first column free at its start.
     */
    private static List<Placed> layOut(List<EventSummary> events) {
        List<EventSummary> sorted = events.stream().sorted(Comparator.comparing(EventSummary::start)
                .thenComparing(EventSummary::end, Comparator.reverseOrder())).toList();
        List<Placed> placed = new ArrayList<>();
        List<EventSummary> group = new ArrayList<>();
        Instant groupEnd = null;
        for (EventSummary event : sorted) {
            if (groupEnd != null && !event.start().isBefore(groupEnd)) {
                placed.addAll(place(group));
                group.clear();
                groupEnd = null;
            }
            group.add(event);
            groupEnd = groupEnd == null || event.end().isAfter(groupEnd) ? event.end() : groupEnd;
        }
        placed.addAll(place(group));
        return placed;
    }

    private static List<Placed> place(List<EventSummary> group) {
        List<Instant> columnEnds = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        for (EventSummary event : group) {
            int column = 0;
            while (column < columnEnds.size() && columnEnds.get(column).isAfter(event.start())) {
                column++;
            }
            if (column == columnEnds.size()) {
                columnEnds.add(event.end());
            } else {
                columnEnds.set(column, event.end());
            }
            columns.add(new int[]{column});
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            placed.add(new Placed(group.get(i), columns.get(i)[0], columnEnds.size()));
        }
        return placed;
    }
}
