package org.allteach.identity.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.allteach.identity.PasswordPolicy;

/** A new-password field that tells people the rule before they hit it. */
public final class PasswordFields {

    private PasswordFields() {
    }

    public static PasswordField newPassword(String label) {
        PasswordField field = new PasswordField(label);
        field.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A few unrelated words make a strong password that is easy to remember.");
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        field.getElement().setAttribute("autocomplete", "new-password");
        return field;
    }
}
