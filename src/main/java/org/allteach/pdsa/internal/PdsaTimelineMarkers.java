package org.allteach.pdsa.internal;

import java.util.List;

import org.allteach.measures.TimelineMarkerSource;
import org.allteach.pdsa.Pdsa;
import org.springframework.stereotype.Component;

/** Puts a team's PDSA cycles linked to a measure on that measure's chart; a marker opens its cycle. */
@Component
class PdsaTimelineMarkers implements TimelineMarkerSource {

    private final Pdsa pdsa;

    PdsaTimelineMarkers(Pdsa pdsa) {
        this.pdsa = pdsa;
    }

    @Override
    public List<TimelineMarker> markers(long teamId, long measureId) {
        return pdsa.markers(teamId, measureId).stream().map(marker -> new TimelineMarker("pdsa-" + marker.cycleId(),
                marker.month(), marker.label(), marker.title(), "pdsa/" + marker.cycleId())).toList();
    }
}
