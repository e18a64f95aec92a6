package org.allteach.calendar;

/**
 * One of the community's upcoming events as the community page lists it.
 *
 * @param host       the host's name
 * @param hostedFrom the name of the collaborative it is hosted from
 */
public record CommunityEvent(EventSummary event, String host, String hostedFrom) {
}
