package org.allteach.pdsa;

import java.time.YearMonth;

/** A cycle on a measure's chart, at the month it started (or is planned to start). */
public record PdsaMarker(long cycleId, YearMonth month, String label, String title) {
}
