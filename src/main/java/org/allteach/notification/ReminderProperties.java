package org.allteach.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled reminders.
 *
 * @param poll            how often the reminder job asks the features for reminders that fell due
 * @param catchUp         how far back the job looks after it did not run (a restart, an outage): reminders due
 *                        longer ago than this are dropped, as they would arrive too late to help
 * @param eventLead       how long before an event or a coaching call its reminder goes out
 * @param claimWindowLead how long before a claim window closes the people who have not claimed are reminded
 */
@ConfigurationProperties("allteach.reminders")
public record ReminderProperties(
        @DefaultValue("5m") Duration poll,
        @DefaultValue("6h") Duration catchUp,
        @DefaultValue("24h") Duration eventLead,
        @DefaultValue("7d") Duration claimWindowLead) {
}
