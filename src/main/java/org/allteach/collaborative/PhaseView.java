package org.allteach.collaborative;

import java.time.LocalDate;

public record PhaseView(long id, PhaseKind kind, int sequenceNumber, String name, LocalDate startDate,
                        LocalDate endDate) {
}
