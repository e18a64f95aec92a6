package org.allteach.coaching.ui;

import java.time.Duration;
import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;

/** "09:00 – 12:00 ×": one range of hours in the availability form. */
class TimeRangeRow extends Div {

    final TimePicker start = picker("From");
    final TimePicker end = picker("Until");
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    TimeRangeRow(LocalTime from, LocalTime until, String what) {
        addClassName("time-range");
        start.setValue(from);
        end.setValue(until);
        start.setAriaLabel(what + " from");
        end.setAriaLabel(what + " until");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove " + what + " hours");
        remove.setTooltipText("Remove these hours");
        Span dash = new Span("\u2013");
        dash.addClassName("time-range-dash");
        add(start, dash, end, remove);
    }

    private static TimePicker picker(String placeholder) {
        TimePicker picker = new TimePicker();
        picker.setStep(Duration.ofMinutes(15));
        picker.setPlaceholder(placeholder);
        picker.addClassName("time-range-picker");
        return picker;
    }
}
