package org.allteach.search;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.DiscussionTestSupport;
import org.allteach.files.FileStorage;
import org.allteach.files.OfficeDocuments;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.StoryboardSections;
import org.allteach.library.Storyboards;
import org.allteach.library.Visibility;
import org.allteach.search.internal.LuceneIndex;
import org.allteach.support.Await;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.allteach.search.SearchTestSupport.awaitIndexReady;
import static org.allteach.search.SearchTestSupport.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

class SearchTest extends DiscussionTestSupport {

    @Autowired
    private Search search;

    @Autowired
    private Library library;

    @Autowired
    private Storyboards storyboards;

    @Autowired
    private FileStorage files;

    @Autowired
    private LuceneIndex index;

    private Scenarios.Scenario s;

    @BeforeEach
    void scenario() {
        createScenario();
        s = scenario;
        awaitIndexReady(index);
    }

    @Test
    void theWordsOfUploadedPdfWordAndPowerPointFilesAreFound() {
        String pdfWord = uniqueWord();
        String docxWord = uniqueWord();
        String pptxWord = uniqueWord();
        long pdf = addWithFile(s.leadA(), "Reminder toolkit", "toolkit.pdf",
                OfficeDocuments.pdf("Text message reminders " + pdfWord + " cut no-shows"), Visibility.COLLABORATIVE,
                null);
        long docx = addWithFile(s.leadA(), "Change package", "package.docx",
                OfficeDocuments.docx("Pharmacist titration " + docxWord), Visibility.COLLABORATIVE, null);
        long pptx = addWithFile(s.leadA(), "Learning session slides", "slides.pptx",
                OfficeDocuments.pptx("Storyboard results " + pptxWord), Visibility.COLLABORATIVE, null);

        assertThat(awaitHits(s.participantB(), pdfWord, 1)).extracting(SearchResults.Hit::id).containsExactly(pdf);
        assertThat(awaitHits(s.participantB(), docxWord, 1)).extracting(SearchResults.Hit::id).containsExactly(docx);
        List<SearchResults.Hit> slides = awaitHits(s.participantB(), pptxWord, 1);
        assertThat(slides).extracting(SearchResults.Hit::id).containsExactly(pptx);
        assertThat(slides.getFirst().snippetHtml()).contains("<mark>" + pptxWord + "</mark>");
        assertThat(slides.getFirst().url()).isEqualTo("library/" + pptx);
        assertThat(slides.getFirst().collaborative()).isEqualTo(s.collaborativeName());
    }

    @Test
    void aNewVersionReplacesTheSearchableTextAndDeletingHidesTheResource() {
        String oldWord = uniqueWord();
        String newWord = uniqueWord();
        long id = addWithFile(s.leadA(), "Outreach script", "script.pdf", OfficeDocuments.pdf("Call " + oldWord),
                Visibility.COLLABORATIVE, null);
        awaitHits(s.participantA(), oldWord, 1);

        StoredFile second = upload(s.leadA(), "script v2.docx", OfficeDocuments.docx("Text " + newWord));
        as(s.leadA(), () -> library.addVersion(id, second.id(), "Rewritten"));

        awaitHits(s.participantA(), newWord, 1);
        assertThat(hits(s.participantA(), oldWord)).isEmpty();
        assertThat(as(s.participantA(), () -> library.resource(id)).versions())
                .extracting(org.allteach.library.VersionView::number).containsExactly(2, 1);

        as(s.leadA(), () -> library.delete(id));
        assertThat(hits(s.participantA(), newWord)).isEmpty();
        assertThat(hits(s.participantA(), "Outreach script")).extracting(SearchResults.Hit::id).doesNotContain(id);
    }

    @Test
    void aTeamPrivateDocumentsWordsNeverReachAnotherTeamsResultsSnippetsOrCounts() {
        String secret = uniqueWord();
        String secretTag = "tag-" + uniqueWord();
        long privateId = as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(),
                ResourceKind.CHANGE_PACKAGE, "Our draft storyboard", "Team A notes: " + secret + " readmissions",
                "Heart failure " + secret, List.of(secretTag), 1999, null, "https://example.org/a", Visibility.TEAM,
                s.teamA()), null, null));
        long shared = as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOLKIT,
                "Readmissions toolkit", "Readmissions checklist for everyone", null, List.of("readmissions"), 2026,
                null, "https://example.org/b", Visibility.COLLABORATIVE, null), null, null));

        // the team itself, its coach and the organiser find it
        for (Scenarios.Person reader : List.of(s.participantA(), s.coachA(), s.organiser())) {
            assertThat(hits(reader, secret)).extracting(SearchResults.Hit::id).containsExactly(privateId);
        }
        // another team: not by its word, not by fuzzy or prefix forms, not in a snippet, not in any facet count
        for (String query : List.of(secret, oneTypo(secret), secret.substring(0, 5) + "*",
                "\"" + secret + " readmissions\"", "readmissions", "")) {
            SearchResults results = as(s.participantB(), () -> search.search(SearchQuery.of(query)));
            assertThat(results.hits()).extracting(SearchResults.Hit::id).doesNotContain(privateId);
            assertThat(results.hits()).allSatisfy(hit -> {
                assertThat(hit.snippetHtml()).doesNotContainIgnoringCase(secret);
                assertThat(hit.titleHtml()).doesNotContain("draft storyboard");
            });
            assertThat(results.facets()).allSatisfy(facet -> assertThat(facet.values()).allSatisfy(value -> {
                assertThat(value.value()).doesNotContainIgnoringCase(secret).isNotEqualTo(secretTag)
                        .isNotEqualTo("1999").isNotEqualTo(String.valueOf(s.teamA()));
            }));
        }
        SearchResults readmissions = as(s.participantB(), () -> search.search(SearchQuery.of("readmissions")));
        assertThat(readmissions.hits()).extracting(SearchResults.Hit::id).containsExactly(shared);
        assertThat(readmissions.total()).isEqualTo(1);
        assertThat(count(readmissions, SearchFacet.KIND, ResourceKind.CHANGE_PACKAGE.label())).isZero();
        // drilling into the private document's facet values finds nothing either
        SearchResults drilled = as(s.participantB(), () -> search.search(new SearchQuery("",
                Map.of(SearchFacet.TAG, Set.of(secretTag)), SearchSort.RELEVANCE, 0, 20)));
        assertThat(drilled.hits()).isEmpty();
        assertThat(as(s.participantB(), () -> search.moreLikeThis("resource", privateId, 5))).isEmpty();
        assertThat(as(s.outsider(), () -> search.search(SearchQuery.of(secret))).hits()).isEmpty();
    }

    @Test
    void stemsTyposAndPhrasesFindWhatPeopleMean() {
        String word = uniqueWord();
        long id = as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOLKIT,
                "Colorectal screening " + word, "Mailed FIT outreach improves colorectal cancer screening rates",
                "Cancer screening", List.of(), 2026, null, "https://example.org/fit", Visibility.COLLABORATIVE,
                null), null, null));

        assertThat(hits(s.participantB(), word + " screenings")).extracting(SearchResults.Hit::id).contains(id);
        assertThat(hits(s.participantB(), word + " colorecatl")).extracting(SearchResults.Hit::id).contains(id);
        assertThat(hits(s.participantB(), word + " \"colorectal cancer screening\""))
                .extracting(SearchResults.Hit::id).contains(id);
        assertThat(hits(s.participantB(), word + " \"screening cancer colorectal\"")).isEmpty();
        assertThat(hits(s.participantB(), word + " -outreach")).isEmpty();
        assertThat(hits(s.participantB(), "the")).isEmpty();
    }

    @Test
    void facetsCountWhatMatchesAndFilteringKeepsTheOtherValuesOfTheSameFacet() {
        String word = uniqueWord();
        for (ResourceKind kind : List.of(ResourceKind.TOOLKIT, ResourceKind.TOOLKIT, ResourceKind.PAPER)) {
            as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(), kind, kind.label() + " " + word,
                    "About " + word, "Diabetes", List.of("a1c"), 2025, null, "https://example.org/x",
                    Visibility.COLLABORATIVE, null), null, null));
        }
        long thread = startThread(s.participantB(), openCategory(s.participantB(), CategoryKind.SUCCESSES),
                "How we did " + word, "Our " + word + " story");

        SearchResults all = as(s.participantA(), () -> search.search(SearchQuery.of(word)));
        assertThat(all.total()).isEqualTo(4);
        assertThat(count(all, SearchFacet.KIND, ResourceKind.TOOLKIT.label())).isEqualTo(2);
        assertThat(count(all, SearchFacet.KIND, "Discussion")).isEqualTo(1);
        assertThat(count(all, SearchFacet.FOCUS_AREA, "Diabetes")).isEqualTo(3);
        assertThat(label(all, SearchFacet.COLLABORATIVE, String.valueOf(s.collaborativeId())))
                .isEqualTo(s.collaborativeName());

        SearchResults toolkits = as(s.participantA(), () -> search.search(new SearchQuery(word,
                Map.of(SearchFacet.KIND, Set.of(ResourceKind.TOOLKIT.label())), SearchSort.NEWEST, 0, 20)));
        assertThat(toolkits.total()).isEqualTo(2);
        assertThat(count(toolkits, SearchFacet.KIND, ResourceKind.PAPER.label())).isEqualTo(1);
        assertThat(toolkits.facets().stream().filter(f -> f.facet() == SearchFacet.KIND).findFirst().orElseThrow()
                .values()).anySatisfy(v -> assertThat(v.selected()).isTrue());

        SearchResults secondPage = as(s.participantA(), () -> search.search(new SearchQuery(word, Map.of(),
                SearchSort.NEWEST, 2, 2)));
        assertThat(secondPage.hits()).hasSize(2);
        assertThat(secondPage.hits().getFirst().updatedAt()).isBeforeOrEqualTo(
                as(s.participantA(), () -> search.search(new SearchQuery(word, Map.of(), SearchSort.NEWEST, 1, 1)))
                        .hits().getFirst().updatedAt());
        assertThat(all.hits()).extracting(SearchResults.Hit::url).contains("discuss/t/" + thread);
    }

    @Test
    void threadsAreFoundByTheirRepliesButNotByHiddenPostsOrByOtherTeams() {
        String reply = uniqueWord();
        String flagged = uniqueWord();
        String teamWord = uniqueWord();
        long open = startThread(s.participantA(), openCategory(s.participantA(), CategoryKind.CHALLENGES),
                "Interpreter access", "Who has tips?");
        as(s.participantB(), () -> posting.reply(open, "We booked interpreters " + reply, null));
        int rude = as(s.participantB(), () -> posting.reply(open, "Off topic " + flagged, null));
        long teamThread = startThread(s.participantA(), teamCategory(s.participantA(), s.teamAName(),
                CategoryKind.CHALLENGES), "Our private worry", "Staffing " + teamWord);

        assertThat(hits(s.participantA(), reply)).extracting(SearchResults.Hit::id).containsExactly(open);
        assertThat(hits(s.participantA(), flagged)).extracting(SearchResults.Hit::id).containsExactly(open);
        long rudePost = as(s.participantB(), () -> discussions.posts(open, rude, 1)).getFirst().id();
        as(s.organiser(), () -> moderation.hide(rudePost));
        assertThat(hits(s.participantA(), flagged)).isEmpty();

        assertThat(hits(s.coachA(), teamWord)).extracting(SearchResults.Hit::id).containsExactly(teamThread);
        assertThat(hits(s.participantB(), teamWord)).isEmpty();
    }

    @Test
    void aStoryboardIsFoundByItsSectionsAndCountedUnderItsTeam() {
        String word = uniqueWord();
        long id = as(s.leadA(), () -> storyboards.create(new ResourceDetails(s.collaborativeId(),
                ResourceKind.STORYBOARD, "Text reminders storyboard", null, null, List.of(), 2026, null, null,
                Visibility.COLLABORATIVE, s.teamA()), new StoryboardSections("Cut no-shows to 10%",
                "Spanish text reminders", "No-shows fell", "Ask patients " + word, "Spread to all sites"), null, null));

        SearchResults found = as(s.participantB(), () -> search.search(SearchQuery.of(word)));
        assertThat(found.hits()).extracting(SearchResults.Hit::id).containsExactly(id);
        assertThat(found.hits().getFirst().snippetHtml()).contains("<mark>" + word + "</mark>");
        assertThat(count(found, SearchFacet.TEAM, String.valueOf(s.teamA()))).isEqualTo(1);
    }

    @Test
    void aResourceIsFoundByTheNamesOfItsAuthors() {
        String author = "Dr " + uniqueWord();
        long id = as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.PAPER,
                "Interpreter use and no-shows", "", null, List.of(), 2025, null, "https://example.org/paper",
                Visibility.COLLABORATIVE, null, new org.allteach.library.ResourceAuthors(List.of(s.coachA().id()),
                List.of(), author)), null, null));
        assertThat(hits(s.participantB(), author)).extracting(SearchResults.Hit::id).containsExactly(id);
    }

    @Test
    void snippetsAreEscapedSoDocumentTextCannotInjectMarkup() {
        String word = uniqueWord();
        as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOL,
                "Template <img src=x onerror=alert(1)> " + word, "Use `<script>alert(1)</script>` " + word, null,
                List.of(), null, null, "https://example.org/t", Visibility.COLLABORATIVE, null), null, null));
        SearchResults.Hit hit = hits(s.participantB(), word).getFirst();
        assertThat(hit.titleHtml()).doesNotContain("<img").contains("&lt;img");
        assertThat(hit.snippetHtml()).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void moreLikeThisSuggestsSimilarResourcesTheReaderMaySee() {
        String word = uniqueWord();
        long first = addLink(s.leadA(), "Hypertension control " + word, "Blood pressure cuffs, home monitoring and "
                + word + " titration", Visibility.COLLABORATIVE, null);
        long similar = addLink(s.leadA(), "Home blood pressure " + word, "Home monitoring of blood pressure with "
                + word, Visibility.COLLABORATIVE, null);
        long privateSimilar = addLink(s.leadA(), "Team blood pressure " + word, "Blood pressure home monitoring "
                + word, Visibility.TEAM, s.teamA());

        assertThat(as(s.participantA(), () -> search.moreLikeThis("resource", first, 5)))
                .extracting(SearchResults.Hit::id).contains(similar, privateSimilar).doesNotContain(first);
        assertThat(as(s.participantB(), () -> search.moreLikeThis("resource", first, 5)))
                .extracting(SearchResults.Hit::id).contains(similar).doesNotContain(privateSimilar);
    }

    private long addLink(Scenarios.Person who, String title, String summary, Visibility visibility, Long team) {
        return as(who, () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOL, title, summary,
                null, List.of(), null, null, "https://example.org/r", visibility, team), null, null));
    }

    private long addWithFile(Scenarios.Person who, String title, String name, byte[] content, Visibility visibility,
                             Long team) {
        StoredFile file = upload(who, name, content);
        return as(who, () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOLKIT, title, "",
                null, List.of(), null, null, null, visibility, team), file.id(), null));
    }

    private StoredFile upload(Scenarios.Person who, String name, byte[] content) {
        return as(who, () -> files.store(name, new ByteArrayInputStream(content), UploadRules.documents(5_000_000)));
    }

    private List<SearchResults.Hit> hits(Scenarios.Person who, String query) {
        return as(who, () -> search.search(SearchQuery.of(query))).hits();
    }

    /** Files are read in the background: waits until the search finds as many hits as expected. */
    private List<SearchResults.Hit> awaitHits(Scenarios.Person who, String query, int expected) {
        return Await.until(() -> hits(who, query), found -> found.size() >= expected);
    }

    private static long count(SearchResults results, SearchFacet facet, String value) {
        return results.facets().stream().filter(f -> f.facet() == facet).flatMap(f -> f.values().stream())
                .filter(v -> v.value().equals(value)).mapToLong(SearchResults.FacetValue::count).sum();
    }

    private static String label(SearchResults results, SearchFacet facet, String value) {
        return results.facets().stream().filter(f -> f.facet() == facet).flatMap(f -> f.values().stream())
                .filter(v -> v.value().equals(value)).findFirst().orElseThrow().label();
    }

    private static String oneTypo(String word) {
        char last = word.charAt(word.length() - 1);
        return word.substring(0, word.length() - 1) + (last == 'a' ? 'b' : 'a');
    }
}
