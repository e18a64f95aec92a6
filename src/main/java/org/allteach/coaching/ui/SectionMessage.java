package org.allteach.coaching.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

/**
 * The error of a whole part of a form (the weekly hours, the date overrides, the chosen time), shown under it, so
 * {@link org.allteach.shared.ui.FieldErrors} can put a service's message there like next to a field.
 */
class SectionMessage extends Div implements HasValidation {

    private String message;
    private boolean invalid;

    SectionMessage() {
        addClassName("section-message");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.message = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid && message != null);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void setManualValidation(boolean enabled) {
        // Only ever set from the server's messages.
    }
}
