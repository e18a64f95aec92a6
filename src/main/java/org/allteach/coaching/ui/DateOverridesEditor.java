package org.allteach.coaching.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.allteach.calendar.slots.DateOverride;
import org.allteach.calendar.slots.TimeRange;

/** Dates that differ from the week: a day off (vacation), or other hours on that date. */
class DateOverridesEditor extends Div {

    private final List<OverrideRow> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph("No dates yet. Add your vacation days, or a day with other hours.");
    private final Runnable onChange;

    DateOverridesEditor(Runnable onChange) {
        this.onChange = onChange;
        addClassName("date-overrides");
        list.addClassName("override-list");
        empty.addClassName("muted");
        Button add = new Button("Add a date", VaadinIcon.PLUS.create(), click -> {
            addRow(DateOverride.dayOff(null));
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(empty, list, add);
    }

    void setValue(List<DateOverride> overrides) {
        rows.clear();
        list.removeAll();
        overrides.forEach(this::addRow);
        empty.setVisible(rows.isEmpty());
    }

    List<DateOverride> getValue() {
        return rows.stream().map(OverrideRow::value).toList();
    }

    private void addRow(DateOverride override) {
        OverrideRow row = new OverrideRow(override);
        rows.add(row);
        list.add(row);
        empty.setVisible(false);
    }

    /** One date: the date, "unavailable all day" or its hours, and a button to remove it. */
    private final class OverrideRow extends Div {

        private final DatePicker date = new DatePicker();
        private final Checkbox dayOff = new Checkbox("Unavailable all day");
        private final Div hours = new Div();
        private final List<TimeRangeRow> ranges = new ArrayList<>();
        private final Button addHours = new Button("Add hours", VaadinIcon.PLUS.create());

        OverrideRow(DateOverride override) {
            addClassName("override-row");
            date.setPlaceholder("Date");
            date.setAriaLabel("Date");
            date.setValue(override.date());
            date.addValueChangeListener(change -> onChange.run());
            dayOff.setValue(override.hours().isEmpty());
            hours.addClassName("override-hours");
            override.hours().forEach(range -> addRange(range.start(), range.end()));
            addHours.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            addHours.addClickListener(click -> {
                addRange(LocalTime.of(9, 0), LocalTime.of(12, 0));
                onChange.run();
            });
            dayOff.addValueChangeListener(change -> {
                if (!change.getValue() && ranges.isEmpty()) {
                    addRange(LocalTime.of(9, 0), LocalTime.of(12, 0));
                }
                showHours();
                onChange.run();
            });
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(this);
                empty.setVisible(rows.isEmpty());
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove this date");
            remove.setTooltipText("Remove this date");
            Div top = new Div(date, dayOff, remove);
            top.addClassName("override-top");
            add(top, hours);
            showHours();
        }

        private void addRange(LocalTime from, LocalTime until) {
            TimeRangeRow range = new TimeRangeRow(from, until, "override");
            range.start.addValueChangeListener(change -> onChange.run());
            range.end.addValueChangeListener(change -> onChange.run());
            range.remove.addClickListener(click -> {
                ranges.remove(range);
                if (ranges.isEmpty()) {
                    dayOff.setValue(true);
                }
                showHours();
                onChange.run();
            });
            ranges.add(range);
            showHours();
        }

        private void showHours() {
            hours.removeAll();
            if (!dayOff.getValue()) {
                ranges.forEach(hours::add);
                hours.add(addHours);
            }
            hours.setVisible(!dayOff.getValue());
        }

        DateOverride value() {
            return new DateOverride(date.getValue(), dayOff.getValue() ? List.of()
                    : ranges.stream().map(range -> new TimeRange(range.start.getValue(), range.end.getValue()))
                    .toList());
        }
    }
}
