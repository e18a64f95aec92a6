package org.allteach.measures;

import java.time.YearMonth;
import java.util.List;

/**
 * What other features put on a team's measure chart: the changes they tested (PDSA cycles) as markers on the timeline.
 * A feature contributes a bean; the chart page gathers them. Implementations return only what the signed-in person
 * may see.
 */
public interface TimelineMarkerSource {

    /** The markers of a team's chart of a measure. */
    List<TimelineMarker> markers(long teamId, long measureId);

    /**
     * One marker.
     *
     * @param id    unique across sources, e.g. "pdsa-12"
     * @param label short, on the timeline ("PDSA 3")
     * @param title what it is, as the tooltip and data table show it
     * @param route the page it opens, e.g. "pdsa/12"
     */
    record TimelineMarker(String id, YearMonth month, String label, String title, String route) {
    }
}
