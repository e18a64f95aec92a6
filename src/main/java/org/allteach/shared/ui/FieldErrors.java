package org.allteach.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.allteach.shared.InvalidInput;

/** Shows a service's {@link InvalidInput} next to the fields of a form; what the person typed stays. */
public final class FieldErrors {

    private static final String CLEARS_WHEN_EDITED = FieldErrors.class.getName() + ".clearsWhenEdited";

    private FieldErrors() {
    }

    /**
     * @param fields the form's fields by the service's field names; messages for other names (or a blank name)
     *               appear as a notification
     */
    public static void show(InvalidInput invalid, Map<String, ? extends HasValidation> fields) {
        invalid.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                mark(field, message);
            } else {
                Notifications.error(message);
            }
        });
    }

    /**
     * Runs a form's service call; when the service refuses the input, its messages appear next to the fields and
     * everything typed stays.
     */
    public static void submit(Map<String, ? extends HasValidation> fields, Runnable serviceCall) {
        try {
            serviceCall.run();
        } catch (InvalidInput invalid) {
            show(invalid, fields);
        }
    }

    /** Clears earlier messages before the form is submitted again. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks one field invalid with a message. The field's own validation is switched off, or it would clear the
     * server's message as soon as the field loses focus.
     */
    public static void mark(HasValidation field, String message) {
        field.setManualValidation(true);
        field.setErrorMessage(message);
        field.setInvalid(true);
        clearWhenEdited(field);
    }

    /** Once the person changes the field, the old message no longer describes it; the next submit checks again. */
    private static void clearWhenEdited(HasValidation field) {
        if (field instanceof Component component && field instanceof HasValue<?, ?> value
                && ComponentUtil.getData(component, CLEARS_WHEN_EDITED) == null) {
            ComponentUtil.setData(component, CLEARS_WHEN_EDITED, Boolean.TRUE);
            value.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    field.setInvalid(false);
                }
            });
        }
    }

    /**
     * Checks that a new password was typed the same way twice, and marks the confirmation when it was not.
     *
     * @return whether they match
     */
    public static boolean confirmMatches(HasValue<?, String> password, HasValidation confirmation) {
        if (password.getValue().equals(((HasValue<?, ?>) confirmation).getValue())) {
            return true;
        }
        mark(confirmation, "The two passwords are not the same.");
        return false;
    }

    /** Short-lived messages at the bottom of the screen. */
    public static final class Notifications {

        private Notifications() {
        }

        public static void success(String message) {
            Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }

        public static void error(String message) {
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
