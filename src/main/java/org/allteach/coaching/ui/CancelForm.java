package org.allteach.coaching.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.FieldErrors;

/** Calling off a call, with an optional message to the other side. */
class CancelForm extends Div {

    private final TextArea reason;
    private final Button cancel = new Button("Cancel the call");

    /**
     * @param action cancels with the message; may refuse with {@link InvalidInput}
     * @param done   after the call was cancelled
     */
    CancelForm(String otherPartyName, Consumer<String> action, Runnable done) {
        addClassName("cancel-form");
        reason = new TextArea("Message to " + otherPartyName + " (optional)");
        reason.setWidthFull();
        reason.setMinRows(2);
        reason.setPlaceholder("e.g. I have to be at the clinic; could we talk next week instead?");
        cancel.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        cancel.addClickListener(click -> FieldErrors.submit(Map.of("reason", reason), () -> {
            action.accept(reason.getValue());
            done.run();
        }));
        add(reason, cancel);
    }
}
