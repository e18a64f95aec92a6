package org.allteach.notification.internal;

import java.util.EnumMap;
import java.util.Map;

import org.allteach.notification.Delivery;
import org.allteach.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * What a person chose per type, the defaults filled in; and whether they want the activity summary, kept in the same
 * table under a key no type has.
 */
@Component
public class Choices {

    private static final String ACTIVITY_SUMMARY = "ACTIVITY_SUMMARY";
    private static final String SUMMARY_OFF = "OFF";
    private static final String SUMMARY_ON = "WEEKLY";

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

    /** Whether the person gets the "What you missed" summary when away (on unless they turned it off). */
    public boolean wantsSummary(long personId) {
        return preferences.choicesOf(personId).stream()
                .noneMatch(choice -> choice.getType().equals(ACTIVITY_SUMMARY)
                        && choice.getDelivery().equals(SUMMARY_OFF));
    }

    public void chooseSummary(long personId, boolean wanted) {
        preferences.choose(personId, ACTIVITY_SUMMARY, wanted ? SUMMARY_ON : SUMMARY_OFF);
    }
}
