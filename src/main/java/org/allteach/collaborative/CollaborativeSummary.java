package org.allteach.collaborative;

import java.time.Instant;
import java.time.LocalDate;

/** @param closedAt when an organiser closed it (status {@code ALUMNI}), or null while it is open */
public record CollaborativeSummary(long id, String name, String focusArea, String description, LocalDate startDate,
                                   LocalDate endDate, CollaborativeStatus status, Instant closedAt) {
}
