package org.allteach.coaching.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.allteach.calendar.slots.Slot;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.FieldErrors;

/** Picking a new time for a call: the free times of the same coach and length, and a button that moves it. */
class RescheduleForm extends Div {

    private final SlotPicker picker;
    private final Button move = new Button("Move the call");

    /**
     * @param action moves the call to the chosen start; may refuse with {@link InvalidInput}
     * @param done   after the call moved
     */
    RescheduleForm(BiFunction<Instant, Instant, List<Slot>> freeSlots, ZoneId zone, Locale locale, LocalDate today,
                   Consumer<Instant> action, Runnable done) {
        addClassName("reschedule-form");
        picker = new SlotPicker(freeSlots, zone, locale, today);
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setEnabled(false);
        picker.onPick(slot -> move.setEnabled(slot != null));
        move.addClickListener(click -> {
            Slot slot = picker.getValue();
            try {
                action.accept(slot.start());
                done.run();
            } catch (InvalidInput invalid) {
                if (invalid.fieldErrors().containsKey("start")) {
                    picker.refresh();
                }
                FieldErrors.show(invalid, Map.of("start", picker.message));
            }
        });
        add(picker, move);
        picker.showFirstFreeWeek();
    }

    Button moveButton() {
        return move;
    }
}
