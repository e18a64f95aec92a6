package org.allteach.demo;

import java.util.List;
import java.util.Map;

import org.allteach.identity.ActingAs;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.StoryboardSections;
import org.allteach.library.Storyboards;
import org.allteach.library.Visibility;
import org.springframework.stereotype.Component;

/**
 * A few library entries of the demo collaborative (links, so the demo needs no files), and the Southside team's
 * storyboard with what other teams said about it.
 */
@Component
class DemoLibrary {

    private final Library library;
    private final Storyboards storyboards;
    private final ActingAs actingAs;

    DemoLibrary(Library library, Storyboards storyboards, ActingAs actingAs) {
        this.library = library;
        this.storyboards = storyboards;
        this.actingAs = actingAs;
    }

    /** @param people person ids by display name */
    void load(long collaborativeId, Map<String, Long> people) {
        actingAs.run(people.get(DemoCollaborative.ORGANISER.name()), () -> {
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
        long storyboard = actingAs.call(people.get("Rosa Martinez"), () -> storyboards.create(new ResourceDetails(
                collaborativeId, ResourceKind.STORYBOARD, "Text reminders in the patient's language cut no-shows",
                "", "Diabetes", List.of("no-shows", "reminders", "REaL data"), 2026, "CC BY 4.0", null,
                Visibility.COLLABORATIVE, storyboards.teamsFor(collaborativeId).getFirst().id()),
                new StoryboardSections("""
                        By **June 30, 2026**, no-shows for diabetes visits at Southside Family Health Center fall \
                        from 18% to 10%, for Spanish-preferring patients as much as for everyone.""", """
                        - **Fixed the preferred-language field** at check-in first (PDSA 1: one front desk, one week).
                        - **Text reminders in the patient's language**, three days and one day before the visit \
                          (PDSA 2: 20 patients of one provider; PDSA 3: the whole clinic).
                        - Community health workers **call after a second missed visit** (PDSA 4, in progress).""", """
                        | Month | All patients | Spanish-preferring |
                        |---|---:|---:|
                        | January | 18% | 24% |
                        | February | 14% | 17% |
                        | March | 11% | 12% |

                        Seven months of baseline, then six points in a row below the median since the reminders \
                        started: a shift, not chance.""", """
                        - Reminders only work when the language on file is right: fix the data first.
                        - A text signed by a named person gets more replies than one from "the clinic".
                        - Our compliance office approved texting under the existing portal consent in a week.""", """
                        - Spread to the two satellite clinics in May.
                        - Check whether the gap closed for Black patients too, not only overall.
                        - Test group visits for newly diagnosed patients."""), null, null));
        actingAs.run(people.get("Latoya Jenkins"), () -> storyboards.comment(storyboard, """
                We are starting text reminders next month. Could you share the Spanish script, and how you \
                checked the language field at check-in?"""));
        actingAs.run(people.get("Marcus Bell"), () -> storyboards.comment(storyboard, """
                A clear aim and a real shift on the run chart: well done. For the next learning session, show the \
                Spanish-preferring line on the same chart."""));
        actingAs.run(people.get("Rosa Martinez"), () -> storyboards.comment(storyboard, """
                Latoya, yes! The script is in the *Text reminder toolkit*; the check-in question is \
                "In which language would you like us to write to you?\""""));
    }
}
