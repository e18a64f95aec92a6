package org.allteach.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.SpaceKind;
import org.allteach.identity.ActingAs;
import org.allteach.pdsa.ActDecision;
import org.allteach.pdsa.ChangeIdeaDetails;
import org.allteach.pdsa.ChangeIdeaStatus;
import org.allteach.pdsa.ChangeIdeas;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.LinkedMeasure;
import org.allteach.pdsa.Pdsa;
import org.allteach.pdsa.PdsaComments;
import org.springframework.stereotype.Component;

/**
 * Southside's PDSA cycles on HbA1c control. A ramp of promotora-led education in Spanish (five patients, then a
 * week of visits, then every Spanish-speaking patient) starts in May, June and July, the month the Spanish line of
 * {@link DemoMeasures} lifts; text reminders for A1c lab draws are being tested now. The demo collaborative has no
 * change package in its library, so both are the team's own change ideas.
 */
@Component
class DemoPdsa {

    private final Pdsa pdsa;
    private final ChangeIdeas changeIdeas;
    private final PdsaComments comments;
    private final Teams teams;
    private final Discussions discussions;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoPdsa(Pdsa pdsa, ChangeIdeas changeIdeas, PdsaComments comments, Teams teams, Discussions discussions,
             ActingAs actingAs, Clock clock) {
        this.clock = clock;
        this.pdsa = pdsa;
        this.changeIdeas = changeIdeas;
        this.comments = comments;
        this.teams = teams;
        this.discussions = discussions;
        this.actingAs = actingAs;
    }

    /** @param people person ids by display name */
    void load(long collaborativeId, Map<String, Long> people) {
        long southside = actingAs.call(people.get(DemoCollaborative.ORGANISER.name()),
                () -> teams.teamRefs(collaborativeId)).stream()
                .filter(team -> team.name().equals("Southside Chicago Partnership")).findFirst().map(TeamRef::id)
                .orElseThrow();
        long rosa = people.get("Rosa Martinez");
        Map<String, Long> measures = actingAs.call(rosa, () -> pdsa.measuresToLink(southside)).stream()
                .collect(Collectors.toMap(LinkedMeasure::name, LinkedMeasure::id));
        long control = measures.get("HbA1c under 8%");
        long tested = measures.get("HbA1c tested in 6 months");
        // Months counted from the collaborative's first, as DemoMeasures counts them.
        YearMonth first = YearMonth.from(DemoCollaborative.DETAILS.startDate());

        long promotora = actingAs.call(rosa, () -> changeIdeas.add(southside, new ChangeIdeaDetails(
                "Spanish-language diabetes education with a promotora", """
                A promotora from our community partner meets Spanish-speaking patients with diabetes at their visit \
                and at home: what the A1c number means, food on a budget, taking metformin with meals. In Spanish, \
                with family welcome.""", false, null, null, ChangeIdeaStatus.ADOPTED)));
        long reminders = actingAs.call(rosa, () -> changeIdeas.add(southside, new ChangeIdeaDetails(
                "Text message reminders for A1c lab draws", """
                A text in the patient's preferred language a week before an A1c is due, with the lab's walk-in \
                hours, signed by the patient's nurse. Builds on our appointment reminders.""", false, null, null,
                ChangeIdeaStatus.TESTING)));

        long fivePatients = actingAs.call(rosa, () -> pdsa.plan(southside, new CycleDetails(promotora, null,
                "Promotora education with 5 patients",
                "See whether a promotora's visit helps Spanish-speaking patients understand and act on their A1c.",
                "Will patients come to a second meeting? What do they still not understand about the A1c?",
                "4 of 5 patients come back for the second meeting and can say what their A1c goal is.",
                "Lucia (promotora), Dr. Okafor", """
                Dr. Okafor refers 5 Spanish-speaking patients with an A1c of 9% or more; Lucia meets each after \
                the visit and again two weeks later.""", "Two weeks", "Exam room 3 and the patient's home",
                "Who came back; whether each can say their A1c goal; what questions they asked.",
                "All 5 met Lucia after their visit; 3 came to the second meeting, the other 2 could not come "
                        + "back in working hours.",
                "Patients brought their questions about food more than about medicines. Two asked for a daughter "
                        + "to join.",
                "3 of 5 came back, against 4 predicted; the 3 could all say their goal. The time of day, not the "
                        + "content, kept the others away.",
                ActDecision.ADAPT, "Offer the second meeting in the evening, at the clinic, with family welcome.",
                first.plusMonths(2).atDay(6), first.plusMonths(2).atDay(11), first.plusMonths(2).atDay(22),
                Set.of(control), Set.of())));
        complete(rosa, fivePatients);

        long oneWeek = actingAs.call(rosa, () -> pdsa.plan(southside, new CycleDetails(promotora, fivePatients,
                "Promotora at every Spanish-language diabetes visit for a week",
                "Learn whether the promotora's visits fit a full week of clinic.",
                "Can Lucia see every Spanish-speaking patient with diabetes in a week? Do evening sessions work?",
                "She sees at least 20 patients; half come to the evening session.",
                "Lucia, the front desk, Kevin Tran (scheduling)", """
                Every Spanish-speaking patient with diabetes seen this week meets Lucia after the visit and is \
                invited, with family, to a Thursday evening session.""", "One week", "Main clinic",
                "Patients seen, patients met, evening attendance, minutes per patient.",
                "Lucia met 23 of 26 patients; 14 came on Thursday evening, 9 with family.",
                "A group worked better than one by one: patients answered each other's questions. Meetings after "
                        + "the visit took 20 minutes and made two providers run late.",
                "23 seen against 20 predicted, and more than half came in the evening. The one-by-one meetings "
                        + "cost the clinic time; the group did not.",
                ActDecision.ADAPT, "Every Spanish-speaking patient: a short welcome at the visit, a group session "
                        + "every Thursday evening.",
                first.plusMonths(3).atDay(3), first.plusMonths(3).atDay(8), first.plusMonths(3).atDay(12),
                Set.of(control), Set.of())));
        complete(rosa, oneWeek);

        long everyone = actingAs.call(rosa, () -> pdsa.plan(southside, new CycleDetails(promotora, oneWeek,
                "Promotora education for all Spanish-speaking patients",
                "Make promotora education part of care for every Spanish-speaking patient with diabetes.",
                "Does A1c control for Spanish-speaking patients rise once everyone is offered the sessions?",
                "Control for Spanish-speaking patients rises from 40% to 50% within three months.",
                "Lucia and a second promotora, the nurses, Priya Raman (registry)", """
                A five-minute welcome at every visit of a Spanish-speaking patient with diabetes; weekly group \
                sessions on Thursday evenings; a home visit for anyone with an A1c of 10% or more.""",
                "From July on", "Main clinic; home visits",
                "Monthly: A1c control by preferred language; sessions held and attendance.",
                "Group sessions every week since July, 15 to 25 people each; 31 home visits.",
                "Attendance held through the summer. Patients now ask the nurses for their A1c result.",
                "Control for Spanish-speaking patients went from 41% in June to 46% in July and 49% in August: "
                        + "on the way to the 50% predicted. The gap with English speakers has halved.",
                ActDecision.ADOPT, "Keep it: the promotoras' hours are in next year's budget.",
                first.plusMonths(4).atDay(1), first.plusMonths(4).atDay(6), first.plusMonths(5).atDay(28),
                Set.of(control), Set.of())));
        complete(rosa, everyone);

        // Being tested now: started in the last month Southside has reported, so its marker is on the chart.
        YearMonth running = DemoMeasures.lastReported(clock);
        long kevin = people.get("Kevin Tran");
        long successThread = actingAs.call(kevin, this::remindersSuccessThread);
        long labDraws = actingAs.call(kevin, () -> pdsa.plan(southside, new CycleDetails(reminders, null,
                "Lab draw reminders for one provider's panel",
                "See whether a text a week before the A1c is due gets patients to the lab in time.",
                "How many come to the lab within two weeks of the text? Which language's texts get replies?",
                "Half of the patients texted have their A1c drawn within two weeks, up from about a third.",
                "Kevin Tran, Dr. Okafor's nurse", """
                Each Monday, patients of Dr. Okafor whose A1c is due next week get a text in their preferred \
                language with the lab's walk-in hours.""", "Eight weeks", "Main clinic lab",
                "Texts sent, A1c drawn within two weeks, replies by language.",
                "So far: 52 texts sent in the first month, 24 A1c drawn within two weeks.",
                "Three replies asked for Saturday hours; the lab is checking whether it can open one Saturday a month.",
                "", null, "", running.atDay(10), running.atDay(14), null,
                Set.of(control, tested), Set.of(successThread))));
        actingAs.run(kevin, () -> pdsa.start(labDraws));

        actingAs.run(people.get("Marcus Bell"), () -> comments.comment(labDraws, """
                Good to see a number in the prediction. The promotora ramp showed on the Spanish line within a \
                month; lab draw reminders should show first on **HbA1c tested in 6 months**, so enter that measure \
                too, or we won't see this cycle work."""));
        actingAs.run(rosa, () -> comments.comment(labDraws, """
                Will do, Marcus. Priya is adding the lab date to the registry export."""));
    }

    private void complete(long person, long cycleId) {
        actingAs.run(person, () -> {
            pdsa.start(cycleId);
            pdsa.complete(cycleId);
        });
    }

    /** Rosa's thread about the appointment reminders that the lab draw reminders build on. */
    private long remindersSuccessThread() {
        long successes = discussions.mySpaces().stream().filter(space -> space.kind() == SpaceKind.COLLABORATIVE)
                .flatMap(space -> space.categories().stream())
                .filter(category -> category.kind() == CategoryKind.SUCCESSES).findFirst().orElseThrow().id();
        return discussions.threads(successes, 0, 20).stream()
                .filter(thread -> thread.title().startsWith("Text reminders in Spanish")).findFirst().orElseThrow()
                .id();
    }
}
