package org.allteach.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Digest and housekeeping settings.
 *
 * @param digestHour     the hour of the day, in each person's time zone, their daily digest is due (weekly: Mondays)
 * @param digestPoll     how often the digest job looks for digests that are due
 * @param summaryAfter   the activity summary goes to people who have not visited for this long
 * @param digestMaxItems the most items one digest lists; the rest are counted
 * @param digestPageSize how many people with waiting items the digest job reads at a time
 * @param keepReadNotifications how long read bell items are kept
 * @param keepSentMail   how long sent, cancelled and discarded mail, and the digest ledger's rows, are kept
 * @param keepLinksAndKeys how long unsubscribe links keep working and source events are remembered
 */
@ConfigurationProperties("allteach.notifications")
public record NotificationProperties(
        @DefaultValue("7") int digestHour,
        @DefaultValue("10m") Duration digestPoll,
        @DefaultValue("7d") Duration summaryAfter,
        @DefaultValue("40") int digestMaxItems,
        @DefaultValue("500") int digestPageSize,
        @DefaultValue("180d") Duration keepReadNotifications,
        @DefaultValue("90d") Duration keepSentMail,
        @DefaultValue("400d") Duration keepLinksAndKeys) {
}
