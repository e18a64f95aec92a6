package org.allteach.credits;

/** How many people attended an activity and how many of them claimed credit for it. */
public record ActivityTally(long activityId, long attended, long claimed) {
}
