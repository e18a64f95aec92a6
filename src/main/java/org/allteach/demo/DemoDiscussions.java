package org.allteach.demo;

import java.util.List;
import java.util.Map;

import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.Posting;
import org.allteach.discussion.Reaction;
import org.allteach.discussion.SpaceOverview;
import org.allteach.identity.ActingAs;
import org.springframework.stereotype.Component;

/** A few conversations of the demo collaborative, written through the discussion services by its cast. */
@Component
class DemoDiscussions {

    private final Discussions discussions;
    private final Posting posting;
    private final Moderation moderation;
    private final ActingAs actingAs;

    DemoDiscussions(Discussions discussions, Posting posting, Moderation moderation, ActingAs actingAs) {
        this.discussions = discussions;
        this.posting = posting;
        this.moderation = moderation;
        this.actingAs = actingAs;
    }

    /** @param people person ids by display name */
    void load(String collaborativeName, Map<String, Long> people) {
        long organiser = people.get(DemoCollaborative.ORGANISER.name());
        List<SpaceOverview> spaces = actingAs.call(organiser, discussions::mySpaces);

        long announcement = thread(people, "Dana Whitfield", category(spaces, collaborativeName,
                CategoryKind.ANNOUNCEMENTS), "Learning Session 2: agenda and storyboards", """
                Welcome back, everyone! Learning Session 2 is on **March 12**. Please bring:

                1. your team's **storyboard** (one page: aim, changes tested, results, lessons);
                2. your last three months of blood-pressure control data, stratified by race, ethnicity and language.

                Marcus, Aiko and Luis will hold office hours the week before.""", List.of("learning session"));
        actingAs.run(people.get("Rosa Martinez"), () -> posting.toggleReaction(firstPost(people, announcement),
                Reaction.THANKS));

        long success = thread(people, "Rosa Martinez", category(spaces, collaborativeName, CategoryKind.SUCCESSES),
                "Text reminders in Spanish halved our no-shows", """
                We started sending appointment reminders **in the patient's preferred language**, three days and one
                day before the visit. Spanish-speaking patients' no-show rate dropped fastest:

                | Month | All patients | Spanish-preferring |
                |---|---:|---:|
                | January | 18% | 24% |
                | March | 11% | 12% |

                The trick was fixing the preferred-language field at check-in first.""", List.of("no-shows",
                        "REaL data", "reminders"));
        reply(people, "Latoya Jenkins", success, "@Rosa Martinez this is great. Did you need new consent for "
                + "texting, or was the existing portal consent enough?");
        reply(people, "Rosa Martinez", success, "@Latoya Jenkins we used the existing consent; our compliance "
                + "office signed off in a week. Happy to share the script.");
        reply(people, "Marcus Bell", success, "Lovely PDSA work. Next cycle: look at whether the gap closed for "
                + "Black patients too, not only overall.");
        long successPost = firstPost(people, success);
        for (String reactor : List.of("Latoya Jenkins", "Marisol Gutierrez", "Andre Baptiste", "Marcus Bell")) {
            actingAs.run(people.get(reactor), () -> posting.toggleReaction(successPost, Reaction.CELEBRATE));
        }

        long question = thread(people, "Daniel Kim", category(spaces, collaborativeName, CategoryKind.ASK_THE_FACULTY),
                "How should we record patients who decline to give their race?", """
                Our front desk leaves the field empty when patients decline. That mixes "declined" with "never
                asked". What do other teams do?""", List.of("REaL data"));
        reply(people, "Elena Chavez", question, "We had the same problem. Following.");
        int answer = reply(people, "Aiko Tanaka", question, """
                Record **"declined"** as its own answer, separate from "unknown". Then:

                - *unknown* = never asked → a process problem you can fix;
                - *declined* = asked and respected → report it, but don't chase it.

                Train the front desk with the script in the toolkit: *"We ask everyone so we can check that all
                patients get the same quality of care."*""");
        actingAs.run(people.get("Daniel Kim"), () -> moderation.toggleSolution(
                actingAs.call(people.get("Daniel Kim"), () -> discussions.posts(question, answer, 1)).getFirst().id()));

        long challenge = thread(people, "Andre Baptiste", category(spaces, "South Bronx Partnership",
                CategoryKind.CHALLENGES), "Home BP cuff loans: half never come back", """
                We lent 40 cuffs in January and have 19 back. Any ideas before we ask the food bank to help track
                them? (Team only: let's sort this out before we share it.)""", List.of("home monitoring"));
        reply(people, "Aiko Tanaka", challenge, "Try a small deposit refunded on return, or pair the loan with the "
                + "follow-up call at two weeks. Bring it to office hours on Thursday?");
    }

    long thread(Map<String, Long> people, String author, long categoryId, String title, String body,
                        List<String> tags) {
        return actingAs.call(people.get(author), () -> posting.startThread(new NewThread(categoryId, title, body,
                tags)));
    }

    int reply(Map<String, Long> people, String author, long threadId, String body) {
        return actingAs.call(people.get(author), () -> posting.reply(threadId, body, null));
    }

    private long firstPost(Map<String, Long> people, long threadId) {
        return actingAs.call(people.get(DemoCollaborative.ORGANISER.name()),
                () -> discussions.posts(threadId, 1, 1)).getFirst().id();
    }

    static long category(List<SpaceOverview> spaces, String spaceName, CategoryKind kind) {
        return spaces.stream().filter(space -> space.name().equals(spaceName))
                .flatMap(space -> space.categories().stream()).filter(category -> category.kind() == kind)
                .findFirst().orElseThrow().id();
    }
}
