package org.allteach.notification.internal;

import java.util.EnumMap;
import java.util.Map;

import org.allteach.notification.Delivery;
import org.allteach.notification.NotificationType;
import org.springframework.stereotype.Component;

/** What a person chose per type, the defaults filled in. */
@Component
public class Choices {

    private final PreferenceRepository preferences;

    Choices(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public Map<NotificationType, Delivery> of(long personId) {
        Map<NotificationType, Delivery> choices = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            choices.put(type, type.defaultDelivery());
        }
        for (PreferenceRepository.Choice choice : preferences.choicesOf(personId)) {
            try {
                choices.put(NotificationType.valueOf(choice.getType()), Delivery.valueOf(choice.getDelivery()));
            } catch (IllegalArgumentException retired) {
                // a type or delivery this version no longer knows: the default stands
            }
        }
        return choices;
    }

    public void choose(long personId, NotificationType type, Delivery delivery) {
        preferences.choose(personId, type.name(), delivery.name());
    }
}
