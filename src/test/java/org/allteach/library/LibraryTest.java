package org.allteach.library;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.NoSuchElementException;

import org.allteach.files.FileStorage;
import org.allteach.files.SampleFiles;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LibraryTest extends IntegrationTestBase {

    @Autowired
    private Library library;

    @Autowired
    private FileStorage files;

    private Scenarios.Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
    }

    @Test
    void aMemberSharesAToolkitWithTheCollaborativeAndEveryMemberCanDownloadIt() {
        StoredFile pdf = upload(s.leadA(), "Reminder toolkit.pdf", SampleFiles.pdf());
        long id = as(s.leadA(), () -> library.add(details(ResourceKind.TOOLKIT, "Reminder toolkit",
                Visibility.COLLABORATIVE, null), pdf.id(), "First edition"));

        List<ResourceRow> seen = as(s.participantB(), () -> library.resources(List.of(), "", 0, 20));
        assertThat(seen).extracting(ResourceRow::id).contains(id);
        ResourcePage page = as(s.participantB(), () -> library.resource(id));
        assertThat(page.tags()).containsExactly("no-shows", "reminders");
        assertThat(page.summaryHtml()).contains("<strong>text</strong>");
        assertThat(page.versions()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.note()).isEqualTo("First edition");
            assertThat(version.downloadPath()).isEqualTo(pdf.downloadPath());
        });
        assertThat(page.mayEdit()).isFalse();
        assertThat(as(s.participantB(), () -> files.findReadable(pdf.id()))).isPresent();
        assertThat(as(s.outsider(), () -> files.findReadable(pdf.id()))).isEmpty();
        as(s.outsider(), () -> assertThatThrownBy(() -> library.resource(id))
                .isInstanceOf(NoSuchElementException.class));
    }

    @Test
    void aTeamPrivateResourceStaysWithTheTeamItsCoachAndTheOrganisers() {
        StoredFile plan = upload(s.leadA(), "Our plan.pdf", SampleFiles.pdf());
        long id = as(s.leadA(), () -> library.add(details(ResourceKind.TOOL, "Draft spread plan",
                Visibility.TEAM, s.teamA()), plan.id(), null));

        assertThat(as(s.participantB(), () -> library.resources(List.of(), "", 0, 50)))
                .extracting(ResourceRow::id).doesNotContain(id);
        assertThat(as(s.participantB(), () -> library.countResources(List.of(), "Draft spread plan"))).isZero();
        as(s.participantB(), () -> assertThatThrownBy(() -> library.resource(id))
                .isInstanceOf(NoSuchElementException.class));
        assertThat(as(s.participantB(), () -> files.findReadable(plan.id()))).isEmpty();

        assertThat(as(s.coachA(), () -> library.resource(id)).teamName()).isEqualTo(s.teamAName());
        assertThat(as(s.organiser(), () -> library.resources(List.of(), "", 0, 50)))
                .extracting(ResourceRow::id).contains(id);
        assertThat(as(s.participantA(), () -> files.findReadable(plan.id()))).isPresent();
    }

    @Test
    void aNewVersionIsAddedAndTheEarlierOneStaysDownloadable() {
        StoredFile first = upload(s.leadA(), "Change package v1.docx", SampleFiles.docx());
        long id = as(s.leadA(), () -> library.add(details(ResourceKind.CHANGE_PACKAGE, "Change package",
                Visibility.COLLABORATIVE, null), first.id(), null));
        StoredFile second = upload(s.leadA(), "Change package v2.pdf", SampleFiles.pdf());
        int number = as(s.leadA(), () -> library.addVersion(id, second.id(), "Added the REaL data chapter"));

        assertThat(number).isEqualTo(2);
        ResourcePage page = as(s.participantB(), () -> library.resource(id));
        assertThat(page.versions()).extracting(VersionView::number).containsExactly(2, 1);
        assertThat(page.versions().getFirst().mediaType()).isEqualTo("application/pdf");
        assertThat(as(s.participantB(), () -> files.findReadable(first.id()))).isPresent();

        StoredFile hers = upload(s.participantB(), "Other.pdf", SampleFiles.pdf());
        as(s.participantB(), () -> assertThatThrownBy(() -> library.addVersion(id, hers.id(), null))
                .isInstanceOf(AccessDeniedException.class));
        InvalidInput borrowed = catchThrowableOfType(InvalidInput.class,
                () -> as(s.leadA(), () -> library.addVersion(id, hers.id(), null)));
        assertThat(borrowed.fieldErrors()).containsOnlyKeys("file");
    }

    @Test
    void aResourceCreditsPeopleAndTeamsOfItsCollaborativeAndAuthorsFromOutside() {
        long id = as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.PAPER,
                "Interpreter use and no-shows", "", null, List.of(), 2025, null, "https://example.org/paper",
                Visibility.COLLABORATIVE, null, new ResourceAuthors(List.of(s.participantA().id(), s.coachA().id()),
                List.of(s.teamA()), "L. Chen, University of Illinois Chicago")), null, null));

        assertThat(as(s.participantB(), () -> library.resource(id)).authors()).containsExactly(
                s.participantA().name(), s.coachA().name(), s.teamAName(), "L. Chen, University of Illinois Chicago");

        InvalidInput stranger = catchThrowableOfType(InvalidInput.class, () -> as(s.leadA(), () -> library.add(
                new ResourceDetails(s.collaborativeId(), ResourceKind.PAPER, "Paper", "", null, List.of(), null, null,
                        "https://example.org/p", Visibility.COLLABORATIVE, null,
                        new ResourceAuthors(List.of(s.outsider().id()), List.of(), null)), null, null)));
        assertThat(stranger.fieldErrors()).containsOnlyKeys("authors");
    }

    @Test
    void badInputIsReportedFieldByField() {
        ResourceDetails bad = new ResourceDetails(s.collaborativeId(), null, " ", null, null, List.of(), 1890, null,
                "javascript:alert(1)", Visibility.TEAM, null);
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
                () -> as(s.leadA(), () -> library.add(bad, null, null)));
        assertThat(invalid.fieldErrors()).containsOnlyKeys("kind", "title", "year", "link", "team");
        InvalidInput noFile = catchThrowableOfType(InvalidInput.class, () -> as(s.leadA(),
                () -> library.add(details(ResourceKind.TOOL, "Template", Visibility.COLLABORATIVE, null), null, null)));
        assertThat(noFile.fieldErrors()).containsOnlyKeys("file");
    }

    @Test
    void onlyOrganisersShareWithTheWholePortalAndEveryoneThenFindsIt() {
        as(s.leadA(), () -> assertThatThrownBy(() -> library.add(details(ResourceKind.PAPER, "Paper",
                Visibility.PORTAL, null), null, null)).isInstanceOf(AccessDeniedException.class));
        long id = as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.RECORDING,
                "Learning session 1 recording", "Watch it again.", "Diabetes", List.of(), 2026, "CC BY 4.0",
                "https://video.example.org/ls1", Visibility.PORTAL, null), null, null));
        assertThat(as(s.outsider(), () -> library.resource(id)).link()).isEqualTo("https://video.example.org/ls1");
    }

    @Test
    void deletingTakesAResourceOutOfTheLibrary() {
        long id = as(s.leadA(), () -> library.add(details(ResourceKind.TOOL, "Old template",
                Visibility.COLLABORATIVE, null), upload(s.leadA(), "t.pdf", SampleFiles.pdf()).id(), null));
        as(s.participantB(), () -> assertThatThrownBy(() -> library.delete(id))
                .isInstanceOf(AccessDeniedException.class));
        as(s.organiser(), () -> library.delete(id));
        as(s.leadA(), () -> assertThatThrownBy(() -> library.resource(id)).isInstanceOf(NoSuchElementException.class));
        assertThat(as(s.leadA(), () -> library.resources(List.of(), "Old template", 0, 10))).isEmpty();
    }

    private ResourceDetails details(ResourceKind kind, String title, Visibility visibility, Long teamId) {
        return new ResourceDetails(s.collaborativeId(), kind, title, "Send a **text** two days before.", "Diabetes",
                List.of("Reminders", "no-shows"), 2026, "CC BY 4.0", null, visibility, teamId);
    }

    private StoredFile upload(Scenarios.Person person, String name, byte[] content) {
        return as(person, () -> files.store(name, new ByteArrayInputStream(content),
                UploadRules.documents(5_000_000)));
    }
}
