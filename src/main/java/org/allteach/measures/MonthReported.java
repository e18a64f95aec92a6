package org.allteach.measures;

import java.time.Instant;
import java.time.YearMonth;

/** A month a team reported: how many measures have a total, when the first and the last of them were recorded. */
public record MonthReported(long teamId, YearMonth month, int measures, Instant firstRecordedAt,
                            Instant lastRecordedAt) {
}
