package org.allteach.community;

import static org.allteach.search.SearchTestSupport.awaitIndexReady;
import static org.allteach.search.SearchTestSupport.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.DiscussionTestSupport;
import org.allteach.discussion.Mentionable;
import org.allteach.discussion.SpaceKind;
import org.allteach.files.FileStorage;
import org.allteach.files.SampleFiles;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.identity.Accounts;
import org.allteach.library.Library;
import org.allteach.library.LibraryCopies;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourcePage;
import org.allteach.library.ResourceRow;
import org.allteach.library.Visibility;
import org.allteach.notification.NotificationType;
import org.allteach.notification.NotificationView;
import org.allteach.notification.Notifications;
import org.allteach.search.Search;
import org.allteach.search.SearchQuery;
import org.allteach.search.SearchResults;
import org.allteach.search.internal.LuceneIndex;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ReadOnlyArchive;
import org.allteach.support.Await;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The community library and the community's threads: alumni carry a toolkit out of their closed collaborative's archive
 * to the community, whose members (and only they) list, read, download and find it; the community's threads are found
 * by its members only; @mentions in the community's space offer and notify its members.
 */
class CommunityLibraryTest extends DiscussionTestSupport {

    @Autowired
    Community community;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Memberships memberships;
    @Autowired
    Library library;
    @Autowired
    LibraryCopies copies;
    @Autowired
    FileStorage files;
    @Autowired
    Search search;
    @Autowired
    LuceneIndex index;
    @Autowired
    Notifications notifications;
    @Autowired
    Accounts accounts;

    Scenario ended;
    Scenario current;
    String word;
    long toolkit;
    StoredFile file;

    @BeforeEach
    void anAlumnaWithAToolkitInHerClosedCollaborativeAndANewCohort() {
        ended = scenarios.create();
        current = scenarios.create();
        word = uniqueWord();
        clock.advance(Duration.ofDays(4)); // past the new-account posting limit
        file = as(ended.leadA(), () -> files.store("Pharmacist call toolkit.pdf",
                new ByteArrayInputStream(SampleFiles.pdf()), UploadRules.documents(5_000_000)));
        toolkit = as(ended.leadA(), () -> library.add(new ResourceDetails(ended.collaborativeId(), ResourceKind.TOOLKIT,
                "Pharmacist call toolkit " + word, "Scripts and a tracking sheet.", "Hypertension",
                List.of("pharmacist"), 2026, null, null, Visibility.COLLABORATIVE, null), file.id(), null));
        as(ended.organiser(), () -> collaboratives.close(ended.collaborativeId()));
        as(current.participantA(), () -> community.optIn(true));
        awaitIndexReady(index);
    }

    @Test
    void anAlumnaSharesAnArchivedToolkitWhichOnlyTheCommunitysMembersListReadAndDownload() {
        long shared = as(ended.leadA(), () -> copies.shareWithCommunity(toolkit));

        ResourcePage copy = as(current.participantA(), () -> library.resource(shared));
        assertThat(copy.visibility()).isEqualTo(Visibility.COMMUNITY);
        assertThat(copy.collaborativeName()).isEqualTo(ended.collaborativeName());
        assertThat(copy.tags()).containsExactly("pharmacist");
        assertThat(copy.versions()).singleElement().satisfies(version -> assertThat(version.downloadPath())
                .contains("/files/" + file.id() + "/"));
        assertThat(as(current.participantA(), () -> library.communityResources(List.of(), word, 0, 10)))
                .extracting(ResourceRow::id).containsExactly(shared);
        assertThat(as(current.participantA(), () -> library.resources(List.of(), word, 0, 10)))
                .extracting(ResourceRow::id).containsExactly(shared);
        assertThat(as(current.participantA(), () -> files.findReadable(file.id()))).isPresent();
        assertThat(as(ended.participantA(), () -> files.findReadable(file.id()))).isPresent();

        for (Person stranger : List.of(current.participantB(), current.outsider(), ended.outsider())) {
            assertThat(as(stranger, () -> library.resources(List.of(), word, 0, 10))).isEmpty();
            assertThat(as(stranger, () -> library.countResources(List.of(), word))).isZero();
            assertThatThrownBy(() -> as(stranger, () -> library.communityResources(List.of(), word, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(stranger, () -> library.resource(shared)))
                    .isInstanceOf(NoSuchElementException.class);
            assertThat(as(stranger, () -> files.findReadable(file.id()))).isEmpty();
            assertThat(as(stranger, () -> library.titles(List.of(shared)))).isEmpty();
        }
    }

    @Test
    void sharingCopiesOnceLeavesTheArchiveAsItWasAndTheCopyStaysTheCommunitysToKeepUp() {
        long shared = as(ended.leadA(), () -> copies.shareWithCommunity(toolkit));

        assertThat(as(ended.coachA(), () -> copies.shareWithCommunity(toolkit))).isEqualTo(shared);
        assertThat(as(ended.leadA(), () -> library.resource(toolkit)).visibility()).isEqualTo(Visibility.COLLABORATIVE);
        assertThatThrownBy(() -> as(ended.leadA(), () -> library.update(toolkit, details(ended, "Changed",
                Visibility.COLLABORATIVE)))).isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(ended.leadA(), () -> library.update(toolkit, details(ended, "Changed",
                Visibility.COMMUNITY)))).isInstanceOf(ReadOnlyArchive.class);

        as(ended.leadA(), () -> library.update(shared, details(ended, "Pharmacist call toolkit, 2nd edition " + word,
                Visibility.COMMUNITY)));
        assertThat(as(current.participantA(), () -> library.resource(shared)).title())
                .isEqualTo("Pharmacist call toolkit, 2nd edition " + word);
        assertThat(as(ended.leadA(), () -> library.resource(toolkit)).title()).startsWith("Pharmacist call toolkit ");
        assertThatThrownBy(() -> as(ended.leadA(), () -> library.update(shared, details(ended, "Back in the archive",
                Visibility.COLLABORATIVE)))).isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(ended.leadA(), () -> copies.shareWithCommunity(shared)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyTheCommunitysMembersShareAndATeamsOwnResourceOnlyItsAuthor() {
        long teamTool = as(current.leadA(), () -> library.add(new ResourceDetails(current.collaborativeId(),
                ResourceKind.TOOL, "Our huddle board " + word, "", null, List.of(), null, null,
                "https://example.org/huddle", Visibility.TEAM, current.teamA()), null, null));

        assertThatThrownBy(() -> as(current.leadA(), () -> copies.shareWithCommunity(teamTool)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(current.participantB(), () -> library.add(details(current, "Not a member's",
                Visibility.COMMUNITY), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(current.participantA(), () -> copies.shareWithCommunity(teamTool)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(current.participantA(), () -> copies.shareWithCommunity(toolkit)))
                .isInstanceOf(NoSuchElementException.class);

        as(current.leadA(), () -> community.optIn(true));
        long shared = as(current.leadA(), () -> copies.shareWithCommunity(teamTool));
        long added = as(current.participantA(), () -> library.add(details(current, "Front-desk REaL script " + word,
                Visibility.COMMUNITY), null, null));

        assertThat(as(ended.coachA(), () -> library.communityResources(List.of(), word, 0, 10)))
                .extracting(ResourceRow::id).containsExactlyInAnyOrder(shared, added);
        assertThat(as(current.participantB(), () -> library.resources(List.of(), word, 0, 10))).isEmpty();
        assertThatThrownBy(() -> as(ended.leadA(), () -> library.add(details(ended, "New in the archive",
                Visibility.COLLABORATIVE), null, null))).isInstanceOf(ReadOnlyArchive.class);
    }

    @Test
    void theCommunitysResourcesAndThreadsAreFoundByItsMembersOnly() {
        long shared = as(ended.leadA(), () -> copies.shareWithCommunity(toolkit));
        String threadWord = uniqueWord();
        long thread = startThread(ended.coachA(), communityCategory(ended.coachA()),
                "Keeping pharmacist calls going", "What kept yours going after the coaching ended? " + threadWord);

        assertThat(awaitHits(current.participantA(), word, 1)).extracting(SearchResults.Hit::id).contains(shared);
        assertThat(awaitHits(current.participantA(), threadWord, 1)).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(thread);
            assertThat(hit.kind()).isEqualTo("Community discussion");
        });
        for (Person stranger : List.of(current.participantB(), current.outsider(), ended.outsider())) {
            for (String query : List.of(word, threadWord)) {
                SearchResults results = as(stranger, () -> search.search(SearchQuery.of(query)));
                assertThat(results.hits()).isEmpty();
                assertThat(results.total()).isZero();
            }
        }
        // an alumna finds the original in her archive and the community's copy
        assertThat(hits(ended.leadA(), word)).extracting(SearchResults.Hit::id)
                .containsExactlyInAnyOrder(toolkit, shared);

        as(current.participantA(), () -> community.optIn(false));
        assertThat(hits(current.participantA(), threadWord)).isEmpty();
    }

    @Test
    void mentionsInTheCommunitySpaceOfferAndNotifyItsMembers() {
        String key = Scenarios.unique();
        Person mira = scenarios.newPerson("Mira " + key);
        Person nadia = scenarios.newPerson("Miranda " + key);
        as(scenarios.admin(), () -> memberships.enrol(current.collaborativeId(), current.teamA(), mira.id(),
                Role.PARTICIPANT));
        as(scenarios.admin(), () -> memberships.enrol(current.collaborativeId(), current.teamA(), nadia.id(),
                Role.PARTICIPANT));
        as(mira, () -> community.optIn(true));
        as(ended.leadA(), () -> accounts.updateMyProfile("Lena " + key, ZoneId.of("America/Chicago"), Locale.US));
        long category = communityCategory(ended.leadA());
        long spaceId = as(ended.leadA(), () -> discussions.mySpaces()).stream()
                .filter(space -> space.kind() == SpaceKind.COMMUNITY).findFirst().orElseThrow().id();

        List<Mentionable> offered = as(ended.leadA(), () -> discussions.mentionable(spaceId, "Mir"));
        assertThat(offered).extracting(Mentionable::personId).contains(mira.id()).doesNotContain(nadia.id());
        assertThat(offered).filteredOn(person -> person.personId() == mira.id()).singleElement()
                .extracting(Mentionable::detail).isEqualTo("Community member");
        assertThat(as(ended.leadA(), () -> discussions.mentionable(spaceId, "Lena " + key))).isEmpty();
        assertThat(as(mira, () -> discussions.mentionable(spaceId, "Lena " + key))).singleElement()
                .satisfies(lena -> assertThat(lena.detail()).startsWith("Alumni of " + ended.collaborativeName()));

        startThread(ended.leadA(), category, "Pharmacist calls",
                "@Mira " + key + " and @Miranda " + key + ", this is how we kept them going.");

        List<NotificationView> miras = Await.until(() -> as(mira, () -> notifications.mine(0, 10)),
                found -> !found.isEmpty());
        assertThat(miras).singleElement().satisfies(item -> {
            assertThat(item.type()).isEqualTo(NotificationType.MENTION);
            assertThat(item.title()).contains("mentioned you in “Pharmacist calls”");
        });
        assertThat(as(nadia, () -> notifications.mine(0, 10))).isEmpty();
        assertThatThrownBy(() -> as(nadia, () -> discussions.mentionable(spaceId, "Mir")))
                .isInstanceOf(NoSuchElementException.class);
    }

    private long communityCategory(Person member) {
        return as(member, () -> discussions.mySpaces()).stream().filter(space -> space.kind() == SpaceKind.COMMUNITY)
                .flatMap(space -> space.categories().stream())
                .filter(category -> category.kind() == CategoryKind.SUCCESSES).findFirst().orElseThrow().id();
    }

    private static ResourceDetails details(Scenario from, String title, Visibility visibility) {
        return new ResourceDetails(from.collaborativeId(), ResourceKind.TOOLKIT, title, "Scripts and a tracking sheet.",
                "Hypertension", List.of("pharmacist"), 2026, null, "https://example.org/toolkit", visibility, null);
    }

    private List<SearchResults.Hit> hits(Person who, String query) {
        return as(who, () -> search.search(SearchQuery.of(query))).hits();
    }

    private List<SearchResults.Hit> awaitHits(Person who, String query, int expected) {
        return Await.until(() -> hits(who, query), found -> found.size() >= expected);
    }
}
