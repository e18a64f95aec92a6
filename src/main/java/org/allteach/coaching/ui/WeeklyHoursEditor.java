package org.allteach.coaching.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.allteach.calendar.slots.WeeklyRule;

/** The week, Monday to Sunday, each day with its ranges of hours and buttons to add and remove them. */
class WeeklyHoursEditor extends Div {

    private final Map<DayOfWeek, Div> rangesByDay = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, List<TimeRangeRow>> rows = new EnumMap<>(DayOfWeek.class);
    private final Runnable onChange;

    WeeklyHoursEditor(Runnable onChange) {
        this.onChange = onChange;
        addClassName("weekly-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            Span dayName = new Span(name);
            dayName.addClassName("day-name");
            Div ranges = new Div();
            ranges.addClassName("day-ranges");
            Button add = new Button("Add hours", VaadinIcon.PLUS.create(),
                    click -> addRange(day, LocalTime.of(9, 0), LocalTime.of(17, 0), true));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.setAriaLabel("Add hours on " + name);
            Div row = new Div(dayName, ranges, add);
            row.addClassName("day-row");
            add(row);
            rangesByDay.put(day, ranges);
            rows.put(day, new ArrayList<>());
            showUnavailable(day);
        }
    }

    void setValue(List<WeeklyRule> rules) {
        rows.values().forEach(List::clear);
        rangesByDay.values().forEach(Div::removeAll);
        rules.forEach(rule -> addRange(rule.day(), rule.start(), rule.end(), false));
        rangesByDay.keySet().forEach(this::showUnavailable);
    }

    List<WeeklyRule> getValue() {
        List<WeeklyRule> rules = new ArrayList<>();
        rows.forEach((day, dayRows) -> dayRows.forEach(row -> rules.add(new WeeklyRule(day, row.start.getValue(),
                row.end.getValue()))));
        return rules;
    }

    private void addRange(DayOfWeek day, LocalTime from, LocalTime until, boolean fromClick) {
        Div ranges = rangesByDay.get(day);
        if (rows.get(day).isEmpty()) {
            ranges.removeAll();
        }
        TimeRangeRow row = new TimeRangeRow(from, until, day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        row.start.addValueChangeListener(change -> onChange.run());
        row.end.addValueChangeListener(change -> onChange.run());
        row.remove.addClickListener(click -> {
            rows.get(day).remove(row);
            ranges.remove(row);
            showUnavailable(day);
            onChange.run();
        });
        rows.get(day).add(row);
        ranges.add(row);
        if (fromClick) {
            onChange.run();
        }
    }

    private void showUnavailable(DayOfWeek day) {
        if (rows.get(day).isEmpty() && rangesByDay.get(day).getChildren().findAny().isEmpty()) {
            Span unavailable = new Span("Unavailable");
            unavailable.addClassName("muted");
            rangesByDay.get(day).add(unavailable);
        }
    }
}
