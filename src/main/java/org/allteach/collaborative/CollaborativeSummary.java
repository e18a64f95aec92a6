package org.allteach.collaborative;

import java.time.LocalDate;

public record CollaborativeSummary(long id, String name, String focusArea, String description, LocalDate startDate,
                                   LocalDate endDate, CollaborativeStatus status) {
}
