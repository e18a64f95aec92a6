package org.allteach.collaborative;

import java.time.LocalDate;

/** What an organiser enters to create or change a collaborative. */
public record CollaborativeDetails(String name, String focusArea, String description, LocalDate startDate,
                                   LocalDate endDate, CollaborativeStatus status) {
}
