package org.allteach.notification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

/** People's choices per type; a type without a row uses its default. */
public interface PreferenceRepository extends Repository<Notification, Long> {

    interface Choice {
        String getType();

        String getDelivery();
    }

    @NativeQuery("SELECT type AS type, delivery AS delivery FROM notification_preference WHERE person_id = :personId")
    List<Choice> choicesOf(long personId);

    @Modifying
    @NativeQuery("""
            INSERT INTO notification_preference (person_id, type, delivery) VALUES (:personId, :type, :delivery)
            ON DUPLICATE KEY UPDATE delivery = :delivery""")
    int choose(long personId, String type, String delivery);
}
