package org.allteach.coaching;

import org.allteach.calendar.slots.AvailabilityPolicy;

/**
 * A coach's availability settings for their form.
 *
 * @param meetingPlace where calls happen (a video meeting link, a phone number), or null
 * @param saved        false while the coach has never saved: then {@code policy} is a suggestion and nobody can book
 */
public record MyAvailability(AvailabilityPolicy policy, String meetingPlace, boolean saved) {
}
