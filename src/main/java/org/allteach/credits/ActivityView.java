package org.allteach.credits;

/**
 * A CE activity as organisers see it.
 *
 * @param linkedTitle the title of the linked event or library resource, as the calendar or library gives it
 */
public record ActivityView(long id, ActivityDetails details, String linkedTitle) {
}
