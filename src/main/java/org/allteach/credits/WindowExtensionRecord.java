package org.allteach.credits;

import java.time.Instant;

/** An organiser extended one person's claim window: who, for whom, when, why and until when. */
public record WindowExtensionRecord(long personId, String personName, Instant newEnd, String reason,
                                    String extendedByName, Instant extendedAt) {
}
