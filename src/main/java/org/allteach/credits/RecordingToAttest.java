package org.allteach.credits;

/**
 * A recording (enduring material) offering credit that the signed-in person may watch and attest.
 *
 * @param resourceId  the library resource to watch
 * @param mostMinutes the longest time they may attest: the activity's largest maximum
 */
public record RecordingToAttest(long activityId, String title, long resourceId, int mostMinutes) {
}
