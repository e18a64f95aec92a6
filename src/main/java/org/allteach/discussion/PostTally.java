package org.allteach.discussion;

import java.time.Instant;
import java.time.YearMonth;

/**
 * How many posts one person wrote in a month (of the time zone asked for) in a collaborative's spaces, and when the last
 * of them was.
 */
public record PostTally(long personId, YearMonth month, long posts, Instant lastPostedAt) {
}
