package org.allteach.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.allteach.shared.InvalidInput;

/** Shows a service's {@link InvalidInput} next to the fields of a form; what the person typed stays. */
public final class FieldErrors {

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
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        });
    }

    /** Clears earlier messages before the form is submitted again. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks one field invalid with a message. */
    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
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
