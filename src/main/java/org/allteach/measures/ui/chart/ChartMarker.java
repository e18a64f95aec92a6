package org.allteach.measures.ui.chart;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A PDSA cycle or change on the timeline.
 *
 * @param id    what marker listeners get when it is clicked (e.g. the PDSA cycle's id)
 * @param label short, on the flag ("PDSA 2")
 * @param title longer, in the tooltip and the data table ("Teach-back at discharge")
 */
public record ChartMarker(String id, YearMonth month, String label, String title) {

    public ChartMarker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(label, "label");
        title = title == null ? label : title;
    }
}
