package org.allteach.demo;

import java.util.List;

import org.allteach.identity.ActingAs;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.springframework.stereotype.Component;

/** A few library entries of the demo collaborative (links, so the demo needs no files). */
@Component
class DemoLibrary {

    private final Library library;
    private final ActingAs actingAs;

    DemoLibrary(Library library, ActingAs actingAs) {
        this.library = library;
        this.actingAs = actingAs;
    }

    void load(long collaborativeId, long organiserId) {
        actingAs.run(organiserId, () -> {
            library.add(new ResourceDetails(collaborativeId, ResourceKind.PAPER,
                    "The Breakthrough Series: IHI's Collaborative Model for Achieving Breakthrough Improvement", """
                    The white paper behind the way this collaborative works: learning sessions, action periods,
                    PDSA cycles and *all teach, all learn*.""", "Quality improvement", List.of("breakthrough series",
                    "pdsa"), 2003, "IHI", "https://www.ihi.org/resources/white-papers/breakthrough-series-ihis-"
                    + "collaborative-model-achieving-breakthrough-improvement", Visibility.PORTAL, null), null, null);
            library.add(new ResourceDetails(collaborativeId, ResourceKind.RECORDING,
                    "Learning Session 1: REaL data collection", """
                    Recording of the session on collecting race, ethnicity and language data at registration,
                    with the scripts teams tested.""", "Diabetes", List.of("REaL data", "learning session"), 2026,
                    null, "https://video.example.org/3em/learning-session-1", Visibility.COLLABORATIVE, null),
                    null, null);
        });
    }
}
