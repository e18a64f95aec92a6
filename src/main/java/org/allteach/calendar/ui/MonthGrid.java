package org.allteach.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.allteach.calendar.EventSummary;

/** A month as a grid of weeks; each day lists its events as chips coloured by kind, today marked. */
class MonthGrid extends Div {

    private static final int CHIPS_PER_DAY = 3;

    /**
     * @param showDay opens one day when it has more events than fit (the agenda of that day)
     */
    MonthGrid(YearMonth month, LocalDate today, List<EventSummary> events, EventTimes times,
              Consumer<LocalDate> showDay) {
        addClassName("cal-month");
        DayOfWeek firstDay = WeekFields.of(times.locale()).getFirstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            Div weekday = new Div(firstDay.plus(i).getDisplayName(TextStyle.SHORT, times.locale()));
            weekday.addClassName("cal-weekday");
            add(weekday);
        }
        Map<LocalDate, List<EventSummary>> byDay = events.stream()
                .collect(Collectors.groupingBy(event -> times.date(event.start())));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDay));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDay.plus(6)));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            add(day(day, month, today, byDay.getOrDefault(day, List.of()), times, showDay));
        }
    }

    private static Div day(LocalDate day, YearMonth month, LocalDate today, List<EventSummary> events,
                           EventTimes times, Consumer<LocalDate> showDay) {
        Div cell = new Div();
        cell.addClassName("cal-day");
        if (!YearMonth.from(day).equals(month)) {
            cell.addClassName("other-month");
        }
        if (day.equals(today)) {
            cell.addClassName("today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            cell.addClassName("weekend");
        }
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("cal-day-number");
        cell.add(number);
        events.stream().limit(events.size() > CHIPS_PER_DAY ? CHIPS_PER_DAY - 1 : CHIPS_PER_DAY)
                .forEach(event -> cell.add(chip(event, times)));
        if (events.size() > CHIPS_PER_DAY) {
            int more = events.size() - (CHIPS_PER_DAY - 1);
            Anchor all = new Anchor();
            all.setText("+" + more + " more");
            all.addClassName("cal-more");
            all.getElement().addEventListener("click", click -> showDay.accept(day)).preventDefault();
            all.setHref("#");
            cell.add(all);
        }
        return cell;
    }

    static Anchor chip(EventSummary event, EventTimes times) {
        Span time = new Span(times.compact(event.start()));
        time.addClassName("cal-chip-time");
        Span title = new Span(event.title());
        title.addClassName("cal-chip-title");
        Anchor chip = new Anchor(EventView.path(event.id()), time, title);
        chip.addClassNames("cal-chip", KindLegend.kindClass(event.kind()));
        chip.setTitle(event.title() + ", " + times.range(event.start(), event.end()) + " ("
                + event.kind().label() + (event.community() ? ", the community's" : "")
                + (event.cancelled() ? ", cancelled" : "") + ")");
        AgendaList.markState(chip, event);
        return chip;
    }
}
