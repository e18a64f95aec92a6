package org.allteach.library;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

import org.allteach.collaborative.Collaboratives;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ReadOnlyArchive;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@RecordApplicationEvents
class StoryboardsTest extends IntegrationTestBase {

    private static final StoryboardSections SECTIONS = new StoryboardSections(
            "By June 2026, **70%** of adults with diabetes have an HbA1c below 8%.",
            "- Text reminders in the patient's language\n- Pharmacist titration visits",
            "No-shows fell from 24% to 16%.", "Fix the language field first.", "Spread to the satellite clinics.");

    @Autowired
    private Storyboards storyboards;

    @Autowired
    private Library library;

    @Autowired
    private Collaboratives collaboratives;

    @Autowired
    private ApplicationEvents events;

    private Scenarios.Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
    }

    @Test
    void aTeamsStoryboardIsReadByOtherTeamsAndChangedByItsOwnTeamAndCoach() {
        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders", Visibility.COLLABORATIVE, s.teamA()),
                SECTIONS, null, null));

        StoryboardPage seen = as(s.participantB(), () -> storyboards.storyboard(id)).orElseThrow();
        assertThat(seen.team().name()).isEqualTo(s.teamAName());
        assertThat(seen.team().collaborativeName()).isEqualTo(s.collaborativeName());
        assertThat(seen.team().organisations()).hasSize(2);
        assertThat(seen.html().aim()).contains("<strong>70%</strong>");
        assertThat(seen.html().changesTested()).contains("<li>Text reminders in the patient&#39;s language</li>");
        assertThat(seen.sections()).isEqualTo(SECTIONS);
        assertThat(seen.updatedByName()).isEqualTo(s.leadA().name());
        assertThat(seen.mayEdit()).isFalse();
        assertThat(as(s.participantB(), () -> library.resource(id)).mayEdit()).isFalse();

        // The team owns it, not only the person who added it.
        assertThat(as(s.participantA(), () -> storyboards.storyboard(id)).orElseThrow().mayEdit()).isTrue();
        assertThat(as(s.coachA(), () -> library.resource(id)).mayEdit()).isTrue();
        StoryboardSections revised = new StoryboardSections(SECTIONS.aim(), SECTIONS.changesTested(),
                "No-shows fell from 24% to **12%**.", SECTIONS.lessons(), SECTIONS.nextSteps());
        as(s.coachA(), () -> storyboards.update(id, details("Text reminders, six months on", Visibility.COLLABORATIVE,
                s.teamA()), revised));

        StoryboardPage after = as(s.participantB(), () -> storyboards.storyboard(id)).orElseThrow();
        assertThat(after.title()).isEqualTo("Text reminders, six months on");
        assertThat(after.html().results()).contains("<strong>12%</strong>");
        assertThat(after.updatedByName()).isEqualTo(s.coachA().name());
        assertThat(as(s.organiser(), () -> storyboards.storyboard(id)).orElseThrow().mayEdit()).isTrue();
    }

    @Test
    void onlyTheTeamItsCoachAndTheOrganisersWriteItsStoryboard() {
        as(s.participantB(), () -> assertThatThrownBy(() -> storyboards.create(details("Not ours",
                Visibility.COLLABORATIVE, s.teamA()), SECTIONS, null, null)).isInstanceOf(AccessDeniedException.class));
        as(s.outsider(), () -> assertThatThrownBy(() -> storyboards.create(details("Not ours",
                Visibility.COLLABORATIVE, s.teamA()), SECTIONS, null, null)).isInstanceOf(AccessDeniedException.class));
        assertThat(as(s.participantB(), () -> storyboards.teamsFor(s.collaborativeId())))
                .extracting(team -> team.id()).containsExactly(s.teamB());
        assertThat(as(s.organiser(), () -> storyboards.teamsFor(s.collaborativeId()))).hasSize(2);

        long id = as(s.organiser(), () -> storyboards.create(details("Written with the team", Visibility.COLLABORATIVE,
                s.teamA()), SECTIONS, null, null));
        as(s.participantB(), () -> assertThatThrownBy(() -> storyboards.update(id, details("Taken over",
                Visibility.COLLABORATIVE, s.teamA()), SECTIONS)).isInstanceOf(AccessDeniedException.class));
        as(s.participantB(), () -> assertThatThrownBy(() -> library.delete(id))
                .isInstanceOf(AccessDeniedException.class));
        as(s.leadA(), () -> storyboards.update(id, details("Written with the team", Visibility.COLLABORATIVE,
                s.teamA()), SECTIONS));
    }

    @Test
    void anotherTeamCannotReadOrCommentOnATeamOnlyStoryboard() {
        long id = as(s.leadA(), () -> storyboards.create(details("Draft storyboard", Visibility.TEAM, s.teamA()),
                SECTIONS, null, null));

        as(s.participantB(), () -> {
            assertThatThrownBy(() -> storyboards.storyboard(id)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> storyboards.comment(id, "Nice!")).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> storyboards.comments(id, 0, 10)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> storyboards.poster(id)).isInstanceOf(NoSuchElementException.class);
            assertThat(library.resources(List.of(ResourceKind.STORYBOARD), "Draft storyboard", 0, 10)).isEmpty();
        });
        as(s.coachA(), () -> storyboards.comment(id, "Ready for the learning session."));
        assertThat(as(s.organiser(), () -> storyboards.countComments(id))).isEqualTo(1);
    }

    @Test
    void aClosedCollaborativesStoryboardsAreReadButTakeNoNewComments() {
        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders", Visibility.COLLABORATIVE, s.teamA()),
                SECTIONS, null, null));
        long before = as(s.coachA(), () -> storyboards.comment(id, "Ready for the learning session."));

        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        assertThatThrownBy(() -> as(s.participantB(), () -> storyboards.comment(id, "Late thought.")))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThat(as(s.participantB(), () -> storyboards.comments(id, 0, 10))).extracting(CommentView::id)
                .containsExactly(before);
    }

    @Test
    void commentsReadOldestFirstAndAreWithdrawnByTheirAuthorOrRemovedByAnOrganiser() {
        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders", Visibility.COLLABORATIVE, s.teamA()),
                SECTIONS, null, null));
        long question = as(s.participantB(), () -> storyboards.comment(id, "Could you share the **script**?"));
        clock.advance(java.time.Duration.ofMinutes(5));
        long answer = as(s.leadA(), () -> storyboards.comment(id, "It is in the toolkit."));
        clock.advance(java.time.Duration.ofMinutes(5));
        long offTopic = as(s.participantA(), () -> storyboards.comment(id, "Off topic."));

        List<CommentView> read = as(s.participantB(), () -> storyboards.comments(id, 0, 10));
        assertThat(read).extracting(CommentView::id).containsExactly(question, answer, offTopic);
        assertThat(read.getFirst().bodyHtml()).contains("<strong>script</strong>");
        assertThat(read.getFirst().authorName()).isEqualTo(s.participantB().name());
        assertThat(read).extracting(CommentView::mayRemove).containsExactly(true, false, false);
        assertThat(as(s.participantB(), () -> storyboards.comments(id, 2, 2))).extracting(CommentView::id)
                .containsExactly(offTopic);

        as(s.leadA(), () -> assertThatThrownBy(() -> storyboards.removeComment(question))
                .isInstanceOf(AccessDeniedException.class));
        as(s.participantB(), () -> storyboards.removeComment(question));
        as(s.organiser(), () -> storyboards.removeComment(offTopic));

        List<CommentView> after = as(s.organiser(), () -> storyboards.comments(id, 0, 10));
        assertThat(after).extracting(CommentView::status).containsExactly(CommentView.Status.WITHDRAWN,
                CommentView.Status.SHOWN, CommentView.Status.REMOVED);
        assertThat(after.getFirst().bodyHtml()).isEmpty();
        assertThat(after).extracting(CommentView::mayRemove).containsExactly(false, true, false);
        assertThat(as(s.participantB(), () -> storyboards.countComments(id))).isEqualTo(3);
    }

    @Test
    void badInputIsReportedFieldByField() {
        StoryboardSections noAim = new StoryboardSections("  ", "", "x".repeat(1_501), "", "");
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> as(s.leadA(),
                () -> storyboards.create(details(" ", Visibility.COLLABORATIVE, null), noAim, null, null)));
        assertThat(invalid.fieldErrors()).containsOnlyKeys("title", "team", "aim", "results");
        assertThat(invalid.fieldErrors().get("aim")).startsWith("Write the team's aim");
        assertThat(invalid.fieldErrors().get("results")).isEqualTo("Use at most 1500 characters.");

        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders", Visibility.COLLABORATIVE,
                s.teamA()), SECTIONS, null, null));
        InvalidInput blank = catchThrowableOfType(InvalidInput.class,
                () -> as(s.participantB(), () -> storyboards.comment(id, "   ")));
        assertThat(blank.fieldErrors()).containsOnlyKeys("body");
    }

    @Test
    void aStoryboardIsAddedWithItsTeamAndStaysAStoryboardOfThatTeam() {
        InvalidInput plain = catchThrowableOfType(InvalidInput.class, () -> as(s.leadA(), () -> library.add(
                details("Storyboard without a team", Visibility.COLLABORATIVE, s.teamA()), null, null)));
        assertThat(plain.fieldErrors()).containsOnlyKeys("kind");

        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders", Visibility.COLLABORATIVE,
                s.teamA()), SECTIONS, null, null));
        ResourceDetails asTool = new ResourceDetails(s.collaborativeId(), ResourceKind.TOOL, "Text reminders", "",
                null, List.of(), null, null, null, Visibility.COLLABORATIVE, s.teamA());
        InvalidInput kind = catchThrowableOfType(InvalidInput.class, () -> as(s.leadA(),
                () -> library.update(id, asTool)));
        assertThat(kind.fieldErrors()).containsOnlyKeys("kind");
        InvalidInput team = catchThrowableOfType(InvalidInput.class, () -> as(s.organiser(),
                () -> storyboards.update(id, details("Text reminders", Visibility.COLLABORATIVE, s.teamB()), SECTIONS)));
        assertThat(team.fieldErrors()).containsOnlyKeys("team");
    }

    @Test
    void thePosterIsOnePagePdfThatNamesTheTeamAndStatesTheAim() throws IOException {
        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders: no-shows/visits", Visibility.TEAM,
                s.teamA()), SECTIONS, null, null));

        PosterFile poster = as(s.participantA(), () -> storyboards.poster(id));

        assertThat(poster.fileName()).isEqualTo("Storyboard - " + s.teamAName() + " - Text reminders no-shows visits.pdf");
        try (PDDocument pdf = Loader.loadPDF(poster.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(s.teamAName(), "Text reminders: no-shows/visits",
                    "By June 2026, 70% of adults with diabetes have an HbA1c below 8%.",
                    "Changes we tested", "Pharmacist titration visits", "Spread to the satellite clinics.");
        }
    }

    @Test
    void everyChangeToAStoryboardTellsTheSearchIndex() {
        long id = as(s.leadA(), () -> storyboards.create(details("Text reminders", Visibility.COLLABORATIVE,
                s.teamA()), SECTIONS, null, null));
        assertThat(events.stream(ResourceChanged.class)).containsExactly(new ResourceChanged(id));

        as(s.participantA(), () -> storyboards.update(id, details("Text reminders", Visibility.COLLABORATIVE,
                s.teamA()), SECTIONS));
        assertThat(events.stream(ResourceChanged.class)).containsExactly(new ResourceChanged(id),
                new ResourceChanged(id));

        as(s.participantB(), () -> storyboards.comment(id, "Thanks for sharing."));
        assertThat(events.stream(ResourceChanged.class)).hasSize(2);
    }

    private ResourceDetails details(String title, Visibility visibility, Long teamId) {
        return new ResourceDetails(s.collaborativeId(), ResourceKind.STORYBOARD, title, "", "Diabetes",
                List.of("reminders"), 2026, null, null, visibility, teamId);
    }
}
