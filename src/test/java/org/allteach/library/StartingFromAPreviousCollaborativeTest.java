package org.allteach.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.files.FileStorage;
import org.allteach.files.SampleFiles;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A new collaborative starts from a previous one's change package and library: independent copies with every
 * version, the files shared, team resources and storyboards left with their teams, nothing copied twice.
 */
class StartingFromAPreviousCollaborativeTest extends IntegrationTestBase {

    @Autowired
    Library library;
    @Autowired
    LibraryCopies copies;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Memberships memberships;
    @Autowired
    FileStorage files;

    @Test
    void aNewCollaborativeCopiesThePreviousChangePackageAndEditsItsCopyAlone() {
        Scenarios.Scenario previous = scenarios.create();
        Scenarios.Scenario next = scenarios.create();
        StoredFile v1 = upload(previous.organiser(), "Change package v1.pdf");
        long changePackage = as(previous.organiser(), () -> library.add(new ResourceDetails(previous.collaborativeId(),
                ResourceKind.CHANGE_PACKAGE, "Hypertension change package", "Ten changes that moved BP control.",
                "Hypertension", List.of("bp", "change package"), 2026, null, null, Visibility.COLLABORATIVE, null),
                v1.id(), "First edition"));
        StoredFile v2 = upload(previous.organiser(), "Change package v2.pdf");
        as(previous.organiser(), () -> library.addVersion(changePackage, v2.id(), "After learning session 2"));
        long teamOnly = as(previous.leadA(), () -> library.add(new ResourceDetails(previous.collaborativeId(),
                ResourceKind.TOOL, "Our call script", "Team A's script.", null, List.of(), null, null,
                "https://example.org/script", Visibility.TEAM, previous.teamA()), null, null));
        as(previous.organiser(), () -> collaboratives.close(previous.collaborativeId()));
        // the next collaborative's organiser belongs to both, as organisers who run cohort after cohort do
        as(scenarios.admin(), () -> memberships.enrol(next.collaborativeId(), null, previous.organiser().id(),
                Role.ORGANISER));

        int copied = as(previous.organiser(), () -> copies.copyFrom(previous.collaborativeId(),
                next.collaborativeId()));

        assertThat(copied).isEqualTo(1);
        ResourceRow copy = as(next.participantA(), () -> library.resources(List.of(ResourceKind.CHANGE_PACKAGE),
                "Hypertension change package", 0, 10)).stream().filter(row -> row.id() != changePackage)
                .findFirst().orElseThrow();
        ResourcePage page = as(next.participantA(), () -> library.resource(copy.id()));
        assertThat(page.collaborativeId()).isEqualTo(next.collaborativeId());
        assertThat(page.visibility()).isEqualTo(Visibility.COLLABORATIVE);
        assertThat(page.tags()).containsExactlyInAnyOrder("bp", "change package");
        assertThat(page.versions()).extracting(VersionView::number, VersionView::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "After learning session 2"),
                        org.assertj.core.groups.Tuple.tuple(1, "First edition"));
        assertThat(as(next.participantA(), () -> files.findReadable(v2.id()))).isPresent();
        assertThat(as(next.participantA(), () -> library.resources(List.of(), "Our call script", 0, 10)))
                .extracting(ResourceRow::id).doesNotContain(teamOnly);

        as(previous.organiser(), () -> library.update(copy.id(), new ResourceDetails(next.collaborativeId(),
                ResourceKind.CHANGE_PACKAGE, "Hypertension change package, cohort 2", "Our edition.", "Hypertension",
                List.of("bp"), 2027, null, null, Visibility.COLLABORATIVE, null)));
        assertThat(as(previous.participantA(), () -> library.resource(changePackage)).title())
                .isEqualTo("Hypertension change package");
        assertThat(as(previous.organiser(), () -> copies.copyFrom(previous.collaborativeId(),
                next.collaborativeId()))).isZero();
    }

    @Test
    void onlyTheNewCollaborativesOrganisersCopyAndOnlyFromCollaborativesTheyBelongTo() {
        Scenarios.Scenario previous = scenarios.create();
        Scenarios.Scenario next = scenarios.create();

        assertThatThrownBy(() -> as(next.leadA(), () -> copies.copyFrom(previous.collaborativeId(),
                next.collaborativeId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(next.organiser(), () -> copies.copyFrom(previous.collaborativeId(),
                next.collaborativeId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(next.organiser(), () -> copies.copyFrom(next.collaborativeId(),
                next.collaborativeId()))).isInstanceOf(InvalidInput.class);
    }

    private StoredFile upload(Scenarios.Person person, String name) {
        return as(person, () -> files.store(name, new ByteArrayInputStream(SampleFiles.pdf()),
                UploadRules.documents(5_000_000)));
    }
}
